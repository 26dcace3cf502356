using System.Text;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

/// <summary>The generated text test set: seeded paragraphs of English words and of Chinese characters.</summary>
internal static class TestParagraphs
{
    public const int EnglishCount = 30;
    public const int ChineseCount = 30;

    public static readonly string[] EnglishWords = (
        "the of and to in is that it was for on are as with his they at be this from have or by one had not but what all were " +
        "when we there can an your which their said if do will each about how up out them then she many some so these would " +
        "other into has more her two like him see time could no make than first been its who now people my made over did down " +
        "only way find use may water long little very after words called just where most know get through back much before " +
        "go good new write our used me man too any day same right look think also around another came come work three word must " +
        "because does part even place well such here take why things help put years different away again off went old number " +
        "great tell men say small every found still between name should home big give air line set own under read last never us " +
        "left end along while might next sound below saw something thought both few those always looked show large often together " +
        "asked house world going want school important until form food keep children feet land side without boy once animals life " +
        "enough took sometimes four head above kind began almost live page got earth need far hand high year mother light parts " +
        "country father let night following picture being study second eyes soon times story boys since white days ever paper " +
        "hard near sentence better best across during today others however sure means knew its try told young miles sun ways thing " +
        "whole hear example heard several change answer room sea against top turned learn point city play toward five using himself " +
        "usually river painting copyright licence register artist melody chorus canvas camera studio archive owner creator").Split(' ');

    public static readonly string Characters =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所" +
        "民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日" +
        "那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想" +
        "已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指" +
        "几九区强放决西被干做必战先回则任取据处理府研质";

    public static string English(int index)
    {
        var random = new Random(104_729 * (index + 1));
        var text = new StringBuilder();
        var words = random.Next(70, 150);
        while (words > 0)
        {
            var length = Math.Min(words, random.Next(5, 17));
            for (var i = 0; i < length; i++)
            {
                var word = EnglishWords[random.Next(EnglishWords.Length)];
                text.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
                text.Append(i == length - 1 ? (random.Next(6) == 0 ? "? " : ". ") : random.Next(10) == 0 ? ", " : " ");
            }
            words -= length;
        }
        return text.ToString().TrimEnd();
    }

    public static string Chinese(int index)
    {
        var random = new Random(130_363 * (index + 1));
        var text = new StringBuilder();
        var characters = random.Next(100, 220);
        while (characters > 0)
        {
            var length = Math.Min(characters, random.Next(8, 26));
            for (var i = 0; i < length; i++)
            {
                text.Append(Characters[random.Next(Characters.Length)]);
                if (i == length - 1)
                    text.Append(random.Next(6) == 0 ? '？' : '。');
                else if (random.Next(8) == 0)
                    text.Append('，');
            }
            characters -= length;
        }
        return text.ToString();
    }
}
