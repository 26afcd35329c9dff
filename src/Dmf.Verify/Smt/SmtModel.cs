namespace Dmf.Verify.Smt;

/// <summary>
/// A Z3 model read exactly: every Real value as an <see cref="AlgebraicNumber"/> — decimals and (/ a b) as rationals,
/// (root-obj p k) as the k-th real root of p (isolated by our own exact core), never Z3's decimal approximation.
/// </summary>
internal static class SmtModel
{
    /// <summary>The values in a (get-model) answer; throws <see cref="FormatException"/> for anything it cannot read exactly.</summary>
    public static IReadOnlyDictionary<string, AlgebraicNumber> Parse(string modelText)
    {
        var values = new Dictionary<string, AlgebraicNumber>(StringComparer.Ordinal);
        foreach (var top in SExpression.ParseAll(modelText))
        {
            foreach (var definition in top.Items.Where(i => !i.IsAtom))
            {
                // (define-fun name () Real value)
                if (definition.Items.Count == 5 && definition.Items[0].Atom == "define-fun" && definition.Items[3].Atom == "Real")
                {
                    values[definition.Items[1].Atom!] = Value(definition.Items[4]);
                }
            }
        }

        return values;
    }

    private static AlgebraicNumber Value(SExpression value)
    {
        if (!value.IsAtom && value.Items.Count == 3 && value.Items[0].Atom == "root-obj")
        {
            var polynomial = Polynomial(value.Items[1]);
            int index = int.Parse(value.Items[2].Atom!, System.Globalization.CultureInfo.InvariantCulture);
            var roots = RealRootIsolation.Isolate(polynomial);
            return index >= 1 && index <= roots.Count
                ? roots[index - 1].Value
                : throw new FormatException(Invariant($"root-obj asks for root {index} of a polynomial with {roots.Count} real roots."));
        }

        return AlgebraicNumber.FromRational(Rational(value));
    }

    private static BigRational Rational(SExpression value)
    {
        if (value.IsAtom)
        {
            return BigRational.Parse(value.Atom!);
        }

        return value.Items[0].Atom switch
        {
            "/" when value.Items.Count == 3 => Rational(value.Items[1]) / Rational(value.Items[2]),
            "-" when value.Items.Count == 2 => -Rational(value.Items[1]),
            _ => throw new FormatException($"Not a rational value: {Text(value)}."),
        };
    }

    /// <summary>A univariate polynomial in root-obj syntax: sums, products, (^ x n), x, integers, (- c).</summary>
    private static Dmf.Symbolic.Exact.Polynomial Polynomial(SExpression p)
    {
        if (p.IsAtom)
        {
            return p.Atom == "x" ? Dmf.Symbolic.Exact.Polynomial.X : Dmf.Symbolic.Exact.Polynomial.Constant(BigRational.Parse(p.Atom!));
        }

        var args = p.Items.Skip(1).Select(Polynomial).ToList();
        return p.Items[0].Atom switch
        {
            "+" => args.Aggregate(Dmf.Symbolic.Exact.Polynomial.Zero, (a, b) => a + b),
            "*" => args.Aggregate(Dmf.Symbolic.Exact.Polynomial.One, (a, b) => a * b),
            "-" when args.Count == 1 => -args[0],
            "-" => args.Skip(1).Aggregate(args[0], (a, b) => a - b),
            "^" => Dmf.Symbolic.Exact.Polynomial.Pow(args[0], int.Parse(p.Items[2].Atom!, System.Globalization.CultureInfo.InvariantCulture)),
            _ => throw new FormatException($"Unexpected operator in root-obj: {Text(p)}."),
        };
    }

    private static string Text(SExpression e) => e.IsAtom ? e.Atom! : "(" + string.Join(" ", e.Items.Select(Text)) + ")";
}
