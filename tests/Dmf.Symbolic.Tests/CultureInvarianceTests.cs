using System.Globalization;
using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;

namespace Dmf.Symbolic.Tests;

/// <summary>
/// Exact text must not depend on the current culture: cultures with a comma decimal separator or the
/// U+2212 minus sign have broken real generators.
/// </summary>
public class CultureInvarianceTests
{
    [Theory]
    [InlineData("sv-SE")]
    [InlineData("de-DE")]
    [InlineData("fa-IR")]
    public void Parsing_and_printing_ignore_the_current_culture(string cultureName)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
            Assert.Equal(new BigRational(-3, 2), BigRational.Parse("-1.5"));
            Assert.Equal("-1.500", new BigRational(-3, 2).ToDecimalString(3));
            Assert.Equal("-3/2", new BigRational(-3, 2).ToString());
            Assert.Equal("x^2 - 3/2*x - 1", Polynomial.FromCoefficients(-1, new BigRational(-3, 2), 1).ToString());
            var landscape = ScalarLandscape.Create(3, BigRational.Parse("0.48"));
            Assert.Equal("1.460593", landscape.CriticalThreshold.ToDecimalString(6));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
