using Dmf.Symbolic.Expressions.Calculus;
using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Printing;

namespace Dmf.Symbolic.Tests.Expressions;

/// <summary>
/// The printed derivatives for L = 2 and 3 must not change silently: the canonical form is stable, so any
/// difference is a real change to review (regenerate with `dmf derive --depth L [--format latex|ascii]`).
/// </summary>
public class SnapshotTests
{
    [Theory]
    [InlineData(2, Notation.Unicode, "derive-L2.txt")]
    [InlineData(3, Notation.Unicode, "derive-L3.txt")]
    [InlineData(2, Notation.Latex, "derive-L2.tex")]
    [InlineData(3, Notation.Latex, "derive-L3.tex")]
    [InlineData(2, Notation.Ascii, "derive-L2.ascii.txt")]
    [InlineData(3, Notation.Ascii, "derive-L3.ascii.txt")]
    public void Printed_derivatives_match_the_snapshot(int depth, Notation notation, string file)
    {
        string expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Snapshots", file)).Replace("\r\n", "\n");
        var derivation = DmfCalculus.Derive(DmfObjective.Create(depth));
        Assert.Equal(expected, DerivationRenderer.Summary(derivation, DerivativeSelection.All, notation));
    }
}
