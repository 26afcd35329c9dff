namespace Dmf.Verify.Smt;

/// <summary>An S-expression read from Z3's output: an atom or a list.</summary>
internal sealed record SExpression(string? Atom, IReadOnlyList<SExpression> Items)
{
    /// <summary>Value equality, the lists compared element by element.</summary>
    public bool Equals(SExpression? other) => other is not null && Atom == other.Atom && ValueLists.Equal(Items, other.Items);

    /// <summary>A hash consistent with <see cref="Equals(SExpression?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Atom, ValueLists.Hash(Items));

    /// <summary>True for an atom.</summary>
    public bool IsAtom => Atom is not null;

    /// <summary>All S-expressions in <paramref name="text"/> (comments and strings are not needed in Z3's answers).</summary>
    public static IReadOnlyList<SExpression> ParseAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int position = 0;
        var result = new List<SExpression>();
        while (SkipSpace(text, ref position))
        {
            result.Add(Parse(text, ref position));
        }

        return result;
    }

    private static SExpression Parse(string text, ref int position)
    {
        if (text[position] == '(')
        {
            position++;
            var items = new List<SExpression>();
            while (true)
            {
                if (!SkipSpace(text, ref position))
                {
                    throw new FormatException("Unbalanced parentheses in Z3's answer.");
                }

                if (text[position] == ')')
                {
                    position++;
                    return new SExpression(null, items);
                }

                items.Add(Parse(text, ref position));
            }
        }

        if (text[position] == ')')
        {
            throw new FormatException("Unexpected ')' in Z3's answer.");
        }

        int start = position;
        if (text[position] == '"')
        {
            position = text.IndexOf('"', position + 1) + 1;
            if (position == 0)
            {
                throw new FormatException("Unterminated string in Z3's answer.");
            }
        }
        else
        {
            while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] != '(' && text[position] != ')')
            {
                position++;
            }
        }

        return new SExpression(text[start..position], Array.Empty<SExpression>());
    }

    private static bool SkipSpace(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position < text.Length;
    }
}
