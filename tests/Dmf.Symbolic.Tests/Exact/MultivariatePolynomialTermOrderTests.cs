using System.Globalization;
using Dmf.Symbolic.Exact;
using Xunit;

namespace Dmf.Symbolic.Tests.Exact
{
    /// <summary>
    /// The terms of a polynomial are keyed by their exponent vectors (no text), and listed in the order every printed query
    /// and formula has used: by the exponents' decimal digits, "e1,e2,…" compared ordinally.
    /// </summary>
    public class MultivariatePolynomialTermOrderTests
    {
        [Fact]
        public void Terms_are_listed_as_their_exponent_texts_sort()
        {
            var random = new Random(20261207);
            for (int trial = 0; trial < 200; trial++)
            {
                int variables = random.Next(1, 5);
                var p = MultivariatePolynomial.Constant(variables, BigRational.Zero);
                for (int t = 0; t < 12; t++)
                {
                    var term = MultivariatePolynomial.Constant(variables, new BigRational(random.Next(1, 9)));
                    for (int v = 0; v < variables; v++)
                    {
                        term = term.Multiply(MultivariatePolynomial.Variable(variables, v).Power(random.Next(0, 25)));
                    }

                    p = p.Add(term);
                }

                var texts = p.Terms.Select(t => string.Join(",", t.Exponents.Select(e => e.ToString(CultureInfo.InvariantCulture)))).ToList();
                Assert.Equal(texts.OrderBy(x => x, StringComparer.Ordinal), texts);
                Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
            }
        }

        [Fact]
        public void Equal_exponents_combine_and_cancel()
        {
            var x = MultivariatePolynomial.Variable(2, 0);
            var y = MultivariatePolynomial.Variable(2, 1);
            var p = x.Power(10).Multiply(y).Add(y.Multiply(x.Power(10)));
            Assert.Equal(1, p.TermCount);
            Assert.True(p.Subtract(x.Power(10).Multiply(y).Scale(new BigRational(2))).IsZero);
        }
    }
}
