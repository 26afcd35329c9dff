namespace Dmf.Verify.Smt;

/// <summary>One SMT-LIB2 command.</summary>
internal abstract record SmtCommand
{
    /// <summary>The command's text.</summary>
    public abstract string Text { get; }
}

/// <summary>(set-option :name value).</summary>
internal sealed record SetOption(string Name, string Value) : SmtCommand
{
    /// <inheritdoc/>
    public override string Text => $"(set-option :{Name} {Value})";
}

/// <summary>(set-logic L).</summary>
internal sealed record SetLogic(string Logic) : SmtCommand
{
    /// <inheritdoc/>
    public override string Text => $"(set-logic {Logic})";
}

/// <summary>(declare-const x Real).</summary>
internal sealed record DeclareConst(SmtConstant Constant) : SmtCommand
{
    /// <inheritdoc/>
    public override string Text => $"(declare-const {Constant.Name} {Constant.ConstantSort})";
}

/// <summary>(assert t).</summary>
internal sealed record AssertTerm(SmtTerm Term) : SmtCommand
{
    /// <inheritdoc/>
    public override string Text => $"(assert {Term})";
}

/// <summary>(check-sat).</summary>
internal sealed record CheckSat : SmtCommand
{
    /// <inheritdoc/>
    public override string Text => "(check-sat)";
}

/// <summary>(push 1) / (pop 1).</summary>
internal sealed record Push(bool Pop) : SmtCommand
{
    /// <inheritdoc/>
    public override string Text => Pop ? "(pop 1)" : "(push 1)";
}

/// <summary>
/// A self-contained SMT-LIB2 script: a comment header (instance, type, claim), pinned options (logic, random seed,
/// rlimit, timeout), declarations, assertions and one (check-sat). <see cref="ToText"/> is what is sent to Z3 and what
/// a saved .smt2 file holds, so `z3 file.smt2` replays the same query.
/// </summary>
public sealed record SmtScript(IReadOnlyList<string> Header, string Logic, IReadOnlyList<SmtConstant> Constants, IReadOnlyList<SmtTerm> Assertions)
{
    /// <summary>Equal when every member is, lists and arrays element by element.</summary>
    public bool Equals(SmtScript? other) =>
        other is not null &&
        ValueLists.Equal(Header, other.Header) &&
        Logic == other.Logic &&
        ValueLists.Equal(Constants, other.Constants) &&
        ValueLists.Equal(Assertions, other.Assertions);

    /// <summary>A hash consistent with <see cref="Equals(SmtScript?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(ValueLists.Hash(Header), Logic, ValueLists.Hash(Constants), ValueLists.Hash(Assertions));

    /// <summary>The script with the budget's options pinned.</summary>
    public string ToText(SmtBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var commands = new List<SmtCommand>
        {
            new SetOption("produce-models", "true"),
            new SetOption("random-seed", budget.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new SetOption("smt.random_seed", budget.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new SetOption("rlimit", budget.ResourceLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new SetOption("timeout", budget.TimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new SetLogic(Logic),
        };
        commands.AddRange(Constants.Select(c => new DeclareConst(c)));
        commands.AddRange(Assertions.Select(a => new AssertTerm(a)));
        commands.Add(new CheckSat());
        var text = new StringBuilder();
        foreach (var line in Header)
        {
            text.Append("; ").AppendLine(line.Replace("\n", " ", StringComparison.Ordinal));
        }

        foreach (var command in commands)
        {
            text.AppendLine(command.Text);
        }

        return text.ToString();
    }
}
