
namespace Dmf.Symbolic.Expressions.Simplification
{
    /// <summary>
    /// Brings expressions to a canonical form by small named rules applied bottom-up:
    /// <list type="bullet">
    /// <item>flatten nested sums and products; pull scalar multiples out of products;</item>
    /// <item>push transposes down to symbols: (AB)ᵀ = BᵀAᵀ, (A + B)ᵀ = Aᵀ + Bᵀ, Aᵀᵀ = A, Iᵀ = I;</item>
    /// <item>drop identities from products and zeros from sums; a zero factor annihilates;</item>
    /// <item>a sum inside a longer product stays a factor (no blind distribution), with its rational content pulled out;</item>
    /// <item>collect equal terms; distribute scalar arithmetic; ⟨cA, B⟩ = c⟨A, B⟩, ⟨A, B⟩ = ⟨B, A⟩, ⟨A, A⟩ = ‖A‖²;</item>
    /// <item>order terms and factors deterministically (natural order of their ASCII text).</item>
    /// </list>
    /// Same input, same output text — the form is stable, so results can be snapshot-tested.
    /// </summary>
    public static class Simplifier
    {
        /// <summary>The canonical form of a matrix expression.</summary>
        public static MatrixExpression Simplify(MatrixExpression expression)
        {
            using var scope = SimplificationCache.Enter();
            return Rebuild(Normalize(expression), expression.Shape);
        }

        /// <summary>The canonical form of a scalar expression.</summary>
        public static ScalarExpression Simplify(ScalarExpression expression)
        {
            using var scope = SimplificationCache.Enter();
            return Rebuild(NormalizeScalar(expression));
        }

        /// <summary>The canonical terms of a matrix expression. The returned list is shared: callers must not modify it.</summary>
        internal static List<MatrixTerm> Normalize(MatrixExpression e)
        {
            using var scope = SimplificationCache.Enter();
            if (e is not MatrixSum sum)
            {
                return NormalizeNode(e);
            }

            // Nodes are immutable: a sum reused in many places (D, E) is normalized once per session.
            var cache = SimplificationCache.Current!;
            if (!cache.SumTerms.TryGetValue(sum, out var terms))
            {
                terms = Collect(sum.Terms.SelectMany(Normalize));
                cache.SumTerms[sum] = terms;
            }

            return terms;
        }

        private static List<MatrixTerm> NormalizeNode(MatrixExpression e)
        {
            switch (e)
            {
                case MatrixSymbol or NamedMatrix:
                    return new List<MatrixTerm> { Unit(new[] { e }) };
                case IdentityMatrix:
                    return new List<MatrixTerm> { Unit(new MatrixExpression[0]) };
                case ZeroMatrix:
                    return new List<MatrixTerm>();
                case ScalarMultiple multiple:
                    return Collect(Multiply(NormalizeScalar(multiple.Scalar), Normalize(multiple.Operand)));
                case Transpose transpose:
                    return Collect(Normalize(transpose.Operand).Select(TransposeTerm));
                case MatrixProduct product:
                    return NormalizeProduct(product);
                case MatrixDifferential differential:
                    return new List<MatrixTerm> { Unit(new MatrixExpression[] { new MatrixDifferential(Simplify(differential.Operand)) }) };
                default:
                    throw new NotSupportedException($"No simplification rule for {e.GetType().Name}.");
            }
        }

        internal static List<ScalarTerm> NormalizeScalar(ScalarExpression e)
        {
            using var scope = SimplificationCache.Enter();
            switch (e)
            {
                case ScalarConstant constant:
                    return constant.Value.IsZero ? new List<ScalarTerm>() : new List<ScalarTerm> { new ScalarTerm(constant.Value, new ScalarExpression[0]) };
                case ScalarSymbol:
                    return new List<ScalarTerm> { new ScalarTerm(BigRational.One, new[] { e }) };
                case ScalarSum sum:
                    return CollectScalar(sum.Terms.SelectMany(NormalizeScalar));
                case ScalarProduct product:
                    var result = new List<ScalarTerm> { new ScalarTerm(BigRational.One, new ScalarExpression[0]) };
                    foreach (var factor in product.Factors)
                    {
                        var normalized = NormalizeScalar(factor);
                        result = CollectScalar(result.SelectMany(a => normalized.Select(b => MultiplyScalar(a, b))));
                    }

                    return result;
                case InnerProduct inner:
                    return NormalizeInner(inner);
                case SquaredNorm norm:
                    var operand = Normalize(norm.Operand);
                    if (operand.Count == 0)
                    {
                        return new List<ScalarTerm>();
                    }

                    var (c, factors, atom) = Factorize(operand, norm.Operand.Shape);
                    return new List<ScalarTerm> { new ScalarTerm(c * c, SortScalarFactors(factors.Concat(factors).Append(new SquaredNorm(atom)))) };
                case ScalarDifferential differential:
                    return new List<ScalarTerm> { new ScalarTerm(BigRational.One, new ScalarExpression[] { new ScalarDifferential(Simplify(differential.Operand)) }) };
                default:
                    throw new NotSupportedException($"No simplification rule for {e.GetType().Name}.");
            }
        }

        private static List<ScalarTerm> NormalizeInner(InnerProduct inner)
        {
            var left = Normalize(inner.Left);
            var right = Normalize(inner.Right);
            if (left.Count == 0 || right.Count == 0)
            {
                return new List<ScalarTerm>();
            }

            var (cl, fl, a) = Factorize(left, inner.Left.Shape);
            var (cr, fr, b) = Factorize(right, inner.Right.Shape);
            ScalarExpression pair;
            if (a.Equals(b))
            {
                pair = new SquaredNorm(a);
            }
            else
            {
                // ⟨A, B⟩ = ⟨B, A⟩: directions to the right, otherwise in structural order.
                int rankA = ContainsDirection(a) ? 1 : 0;
                int rankB = ContainsDirection(b) ? 1 : 0;
                bool swap = rankA != rankB ? rankA > rankB : StructuralOrder.Instance.Compare(a, b) > 0;
                pair = swap ? new InnerProduct(b, a) : new InnerProduct(a, b);
            }

            return new List<ScalarTerm> { new ScalarTerm(cl * cr, SortScalarFactors(fl.Concat(fr).Append(pair))) };
        }

        private static List<MatrixTerm> NormalizeProduct(MatrixProduct product)
        {
            var coefficient = BigRational.One;
            var scalars = new List<ScalarExpression>();
            var word = new List<MatrixExpression>();
            foreach (var factor in product.Factors)
            {
                var terms = Normalize(factor);
                if (terms.Count == 0)
                {
                    return new List<MatrixTerm>();
                }

                if (terms.Count == 1)
                {
                    coefficient *= terms[0].Coefficient;
                    scalars.AddRange(terms[0].ScalarFactors);
                    word.AddRange(terms[0].Word);
                }
                else
                {
                    var (content, _, atom) = Factorize(terms, factor.Shape);
                    coefficient *= content;
                    word.Add(atom);
                }
            }

            var term = new MatrixTerm(coefficient, SortScalarFactors(scalars), word);
            return Lift(term);
        }

        /// <summary>A term whose whole word is one sum atom is that sum, scaled: c·(A + B) = cA + cB.</summary>
        private static List<MatrixTerm> Lift(MatrixTerm term)
        {
            if (term.Word.Count == 1 && term.Word[0] is MatrixSum sum)
            {
                var scalar = new List<ScalarTerm> { new ScalarTerm(term.Coefficient, term.ScalarFactors) };
                return Collect(Multiply(scalar, Normalize(sum)));
            }

            return new List<MatrixTerm> { term };
        }

        private static MatrixTerm TransposeTerm(MatrixTerm term)
        {
            var coefficient = term.Coefficient;
            var word = new List<MatrixExpression>(term.Word.Count);
            for (int k = term.Word.Count - 1; k >= 0; k--)
            {
                switch (term.Word[k])
                {
                    case Transpose t:
                        word.Add(t.Operand);
                        break;
                    case MatrixSum sum:
                        var (content, _, atom) = Factorize(Collect(Normalize(sum).Select(TransposeTerm)), sum.Shape.Transposed());
                        coefficient *= content;
                        word.Add(atom);
                        break;
                    case var atomic:
                        word.Add(new Transpose(atomic));
                        break;
                }
            }

            return new MatrixTerm(coefficient, term.ScalarFactors, word);
        }

        /// <summary>
        /// Splits a nonzero canonical matrix into (rational, scalar factors, matrix): a single term gives its parts;
        /// a sum gives its first term's coefficient as content and the sum divided by it.
        /// </summary>
        private static (BigRational Content, IReadOnlyList<ScalarExpression> Factors, MatrixExpression Atom) Factorize(List<MatrixTerm> terms, Shape shape)
        {
            if (terms.Count == 1)
            {
                var single = terms[0];
                return (single.Coefficient, single.ScalarFactors, Body(single.Word, shape));
            }

            // The same term list always gives the same atom instance, so its text and hash are computed once.
            var cache = SimplificationCache.Current;
            if (cache is null || !cache.SumAtoms.TryGetValue(terms, out var atom))
            {
                var first = terms[0].Coefficient;
                var divided = terms.Select(t => t.WithCoefficient(t.Coefficient / first)).ToList();
                atom = Tuple.Create(first, Rebuild(divided, shape));
                if (cache != null)
                {
                    cache.SumAtoms[terms] = atom;
                }
            }

            return (atom.Item1, new ScalarExpression[0], atom.Item2);
        }

        private static IEnumerable<MatrixTerm> Multiply(List<ScalarTerm> scalars, List<MatrixTerm> matrices) =>
            from s in scalars
            from m in matrices
            select new MatrixTerm(s.Coefficient * m.Coefficient, SortScalarFactors(s.Factors.Concat(m.ScalarFactors)), m.Word);

        private static ScalarTerm MultiplyScalar(ScalarTerm a, ScalarTerm b) =>
            new ScalarTerm(a.Coefficient * b.Coefficient, SortScalarFactors(a.Factors.Concat(b.Factors)));

        private static List<MatrixTerm> Collect(IEnumerable<MatrixTerm> terms)
        {
            // Like terms are structurally equal (factors and word); their coefficients add.
            var groups = new Dictionary<TermIdentity, MatrixTerm>();
            var order = new List<TermIdentity>();
            foreach (var term in terms)
            {
                if (groups.TryGetValue(term.Identity, out var existing))
                {
                    groups[term.Identity] = existing.WithCoefficient(existing.Coefficient + term.Coefficient);
                }
                else
                {
                    groups[term.Identity] = term;
                    order.Add(term.Identity);
                }
            }

            return order.Select(k => groups[k])
                .Where(t => !t.Coefficient.IsZero)
                .OrderByDescending(t => t.Word.Count)
                .ThenBy(t => t.Word, WordOrder)
                .ThenBy(t => t.ScalarFactors, ScalarsOrder)
                .ToList();
        }

        private static List<ScalarTerm> CollectScalar(IEnumerable<ScalarTerm> terms)
        {
            var groups = new Dictionary<EquatableArray<ScalarExpression>, ScalarTerm>();
            var order = new List<EquatableArray<ScalarExpression>>();
            foreach (var term in terms)
            {
                if (groups.TryGetValue(term.Identity, out var existing))
                {
                    groups[term.Identity] = new ScalarTerm(existing.Coefficient + term.Coefficient, existing.Factors);
                }
                else
                {
                    groups[term.Identity] = term;
                    order.Add(term.Identity);
                }
            }

            return order.Select(k => groups[k])
                .Where(t => !t.Coefficient.IsZero)
                .OrderBy(t => t.Factors.Count(f => f is ScalarSymbol))
                .ThenBy(t => t.Factors.Where(f => f is not ScalarSymbol).Select(Rank).DefaultIfEmpty(0).First())
                .ThenBy(t => t.Factors, ScalarsOrder)
                .ToList();
        }

        private static IReadOnlyList<ScalarExpression> SortScalarFactors(IEnumerable<ScalarExpression> factors) =>
            factors.OrderBy(Rank).ThenBy(f => f, StructuralOrder.Instance).ToList();

        private static readonly IComparer<IReadOnlyList<MatrixExpression>> WordOrder =
            Comparer<IReadOnlyList<MatrixExpression>>.Create((x, y) => StructuralOrder.Lexicographic(x, y, StructuralOrder.Instance));

        private static readonly IComparer<IReadOnlyList<ScalarExpression>> ScalarsOrder =
            Comparer<IReadOnlyList<ScalarExpression>>.Create((x, y) => StructuralOrder.Lexicographic(x, y, StructuralOrder.Instance));

        private static int Rank(ScalarExpression factor) => factor switch
        {
            ScalarSymbol => 0,
            SquaredNorm => 1,
            InnerProduct => 2,
            _ => 3,
        };

        private static bool ContainsDirection(MatrixExpression e) =>
            ExpressionMap.Any(e, m => m is MatrixSymbol s && s.Role == SymbolRole.Direction);

        private static MatrixTerm Unit(IReadOnlyList<MatrixExpression> word) => new MatrixTerm(BigRational.One, new ScalarExpression[0], word);

        private static MatrixExpression Body(IReadOnlyList<MatrixExpression> word, Shape shape) =>
            word.Count == 0 ? new IdentityMatrix(shape.Rows)
            : word.Count == 1 ? word[0]
            : new MatrixProduct(word.ToEquatableArray());

        internal static MatrixExpression Rebuild(List<MatrixTerm> terms, Shape shape)
        {
            if (terms.Count == 0)
            {
                return new ZeroMatrix(shape);
            }

            var built = terms.Select(t =>
            {
                var body = Body(t.Word, shape);
                return t.Coefficient == BigRational.One && t.ScalarFactors.Count == 0
                    ? body
                    : new ScalarMultiple(Coefficient(t.Coefficient, t.ScalarFactors), body);
            }).ToList();
            return built.Count == 1 ? built[0] : new MatrixSum(built.ToEquatableArray());
        }

        internal static ScalarExpression Rebuild(List<ScalarTerm> terms)
        {
            if (terms.Count == 0)
            {
                return new ScalarConstant(BigRational.Zero);
            }

            var built = terms.Select(t => Coefficient(t.Coefficient, t.Factors)).ToList();
            return built.Count == 1 ? built[0] : new ScalarSum(built.ToEquatableArray());
        }

        private static ScalarExpression Coefficient(BigRational c, IReadOnlyList<ScalarExpression> factors)
        {
            if (factors.Count == 0)
            {
                return new ScalarConstant(c);
            }

            if (c == BigRational.One && factors.Count == 1)
            {
                return factors[0];
            }

            var all = c == BigRational.One ? factors : new ScalarExpression[] { new ScalarConstant(c) }.Concat(factors).ToList();
            return new ScalarProduct(all.ToEquatableArray());
        }
    }
}
