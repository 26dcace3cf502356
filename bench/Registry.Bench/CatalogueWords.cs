namespace Registry.Bench;

/// <summary>Vocabulary of the generated catalogue: English words, Chinese words of two and three characters, tags.</summary>
internal static class CatalogueWords
{
    public static readonly string[] English =
    [
        "harbour", "dawn", "mountain", "river", "portrait", "study", "light", "shadow", "winter", "summer", "garden", "city",
        "street", "market", "night", "morning", "forest", "island", "bridge", "tower", "window", "village", "station", "train",
        "ocean", "storm", "cloud", "field", "flower", "stone", "glass", "paper", "letter", "song", "dance", "dream", "silence",
        "memory", "journey", "return", "border", "lantern", "festival", "temple", "valley", "desert", "snow", "rain", "wind",
        "fire", "water", "earth", "silver", "golden", "crimson", "blue", "green", "quiet", "broken", "hidden", "distant", "old",
        "new", "little", "great", "empty", "crowded", "sleeping", "waking", "falling", "rising", "northern", "southern",
        "abstract", "landscape", "still", "life", "figure", "sketch", "painting", "photograph", "poem", "essay", "chapter",
        "diary", "melody", "chorus", "harvest", "orchard", "meadow", "lighthouse", "cathedral", "alley", "courtyard",
        "rooftop", "balcony", "canal", "ferry", "pier", "cliff", "glacier", "volcano", "prairie", "canyon", "lagoon", "reef",
        "tide", "horizon", "twilight", "midnight", "afternoon", "evening", "spring", "autumn", "blossom", "willow", "maple",
        "bamboo", "pine", "cedar", "heron", "sparrow", "falcon", "tiger", "horse", "whale", "fox", "wolf", "deer", "crane",
        "kite", "umbrella", "bicycle", "teapot", "mirror", "clock", "candle", "ribbon", "thread", "needle", "loom", "pottery",
        "porcelain", "ink", "brush", "scroll", "calligraphy", "mosaic", "fresco", "collage", "etching", "woodcut", "sculpture",
    ];

    public static readonly string[] ChineseTwo =
    [
        "夜市", "灯笼", "山水", "花鸟", "人物", "风景", "城市", "街道", "河流", "森林", "海边", "日出", "日落", "春天", "夏天", "秋天",
        "冬天", "雪景", "雨夜", "月光", "星空", "古镇", "寺庙", "茶园", "竹林", "梅花", "荷花", "牡丹", "书法", "水墨", "油画", "素描",
        "摄影", "诗歌", "散文", "小说", "音乐", "舞蹈", "故乡", "远方", "梦境", "记忆", "旅行", "归途", "港口", "渔船", "桥梁", "高塔",
    ];

    public static readonly string[] ChineseThree =
    [
        "博物馆", "图书馆", "美术馆", "摄影师", "纪录片", "自行车", "火车站", "动物园", "向日葵", "长城下", "黄昏时", "老城区",
        "江南雨", "西湖边", "小巷里", "山顶上", "水彩画", "木刻版", "青花瓷", "剪纸画",
    ];

    /// <summary>The long tail: 2,000 made-up words (velmora, tirandu, …), each in about one work in 2,000.</summary>
    public static readonly string[] Rare = MakeRare(2_000);

    public static readonly string[] Tags =
    [
        "photo", "illustration", "poetry", "music", "design", "travel", "nature", "urban", "portrait", "abstract", "family",
        "food", "architecture", "animals", "history", "摄影", "插画", "诗歌", "音乐", "设计", "旅行", "自然", "城市", "建筑",
    ];

    private static string[] MakeRare(int count)
    {
        string[] syllables = ["vel", "mor", "ti", "ran", "du", "ka", "sen", "lo", "bri", "quen", "sa", "thu", "pel", "dor", "ni", "gav"];
        var random = new Random(2_000);
        return Enumerable.Range(0, int.MaxValue)
            .Select(_ => string.Concat(Enumerable.Range(0, 3).Select(_ => syllables[random.Next(syllables.Length)])))
            .Distinct().Take(count).ToArray();
    }
}
