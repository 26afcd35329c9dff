using System.Reflection;

namespace Dmf.Cli.Tests;

/// <summary>
/// The namespaces of each library form no cycle (docs/architecture.md): every reference between two namespaces of one
/// assembly — in signatures, fields, locals and method bodies — points one way, so each folder can be read knowing only
/// the folders below it.
/// </summary>
public class NamespaceCycleTests
{
    /// <summary>
    /// The references that still point up, each a known debt (docs/architecture.md, "Known debts"): the expression
    /// nodes print themselves for ToString and error messages, and the simplifier orders a sum's terms by their printed
    /// text (which terms are alike is structural). Removing one makes its test fail until it
    /// leaves this list; a new one fails at once.
    /// </summary>
    private static readonly Dictionary<string, (string From, string To)[]> KnownBackEdges = new()
    {
        ["Dmf.Symbolic"] = new[]
        {
            ("Dmf.Symbolic.Expressions", "Dmf.Symbolic.Expressions.Printing"),
            ("Dmf.Symbolic.Expressions.Simplification", "Dmf.Symbolic.Expressions.Printing"),
        },
    };

    public static TheoryData<string> Assemblies => new() { "Dmf.Symbolic", "Dmf.Emission", "Dmf.Verify", "Dmf.Kernels", "Dmf.Plots", "dmf" };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void The_namespaces_of_an_assembly_form_no_cycle(string name)
    {
        var edges = NamespaceGraph.Of(Assembly.Load(name));
        var known = KnownBackEdges.TryGetValue(name, out var list) ? list : Array.Empty<(string From, string To)>();
        foreach (var edge in known)
        {
            Assert.True(edges.ContainsKey(edge), $"{edge.From} -> {edge.To} no longer exists: remove it from the known back edges");
        }

        var rest = edges.Where(e => !known.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value);
        var cycles = NamespaceGraph.Cycles(rest);
        string Explain(IReadOnlyList<string> cycle) => string.Join("; ", rest.Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To)).Select(e => $"{e.Key.From} -> {e.Key.To} ({e.Value})"));
        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(Explain)));
    }

    [Fact]
    public void A_cycle_is_found_where_there_is_one()
    {
        var edges = new Dictionary<(string From, string To), string> { [("A", "B")] = "a", [("B", "C")] = "b", [("C", "A")] = "c", [("C", "D")] = "d" };
        var cycle = Assert.Single(NamespaceGraph.Cycles(edges));
        Assert.Equal(new[] { "A", "B", "C" }, cycle);
        Assert.Empty(NamespaceGraph.Cycles(new Dictionary<(string From, string To), string> { [("A", "B")] = "a", [("B", "C")] = "b" }));
    }
}
