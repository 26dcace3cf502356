namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>
/// A square grey image as its summed-area table, so that the mean over any square with fractional corners costs
/// four lookups: the table of a piecewise-constant image is bilinear between pixel corners, so interpolating it is exact.
/// </summary>
internal sealed class IntegralImage
{
    private readonly double[] _sums;
    private readonly int _stride;

    public IntegralImage(ReadOnlySpan<byte> grey, int side)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(grey.Length, side * side);
        Side = side;
        _stride = side + 1;
        _sums = new double[_stride * _stride];
        for (var y = 0; y < side; y++)
        {
            var row = 0.0;
            for (var x = 0; x < side; x++)
            {
                row += grey[y * side + x];
                _sums[(y + 1) * _stride + x + 1] = _sums[y * _stride + x + 1] + row;
            }
        }
    }

    public int Side { get; }

    /// <summary>The mean grey level over the square [x, x + size) × [y, y + size), in pixels.</summary>
    public double Mean(double x, double y, double size)
    {
        var sum = SumTo(x + size, y + size) - SumTo(x, y + size) - SumTo(x + size, y) + SumTo(x, y);
        return sum / (size * size);
    }

    /// <summary>The sum over [0, x) × [0, y), interpolated bilinearly between pixel corners.</summary>
    private double SumTo(double x, double y)
    {
        x = Math.Clamp(x, 0, Side);
        y = Math.Clamp(y, 0, Side);
        var (x0, y0) = (Math.Min((int)x, Side - 1), Math.Min((int)y, Side - 1));
        var (fx, fy) = (x - x0, y - y0);
        var top = Lerp(_sums[y0 * _stride + x0], _sums[y0 * _stride + x0 + 1], fx);
        var bottom = Lerp(_sums[(y0 + 1) * _stride + x0], _sums[(y0 + 1) * _stride + x0 + 1], fx);
        return Lerp(top, bottom, fy);
    }

    private static double Lerp(double a, double b, double t) => a + (b - a) * t;
}
