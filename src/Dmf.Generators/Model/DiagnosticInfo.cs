using Dmf.Emission;
using Dmf.Symbolic.Expressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dmf.Generators.Model
{
    /// <summary>Where a diagnostic points, as equatable values (never a Roslyn Location in the pipeline).</summary>
    internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

        public static LocationInfo? From(Location? location) =>
            location is null || location.SourceTree is null ? null : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }

    /// <summary>A diagnostic to report: descriptor ID, message arguments and location, all equatable.</summary>
    internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, LocationInfo? Location)
    {
        public Diagnostic ToDiagnostic() =>
            Diagnostic.Create(DiagnosticDescriptors.ById(Id), Location?.ToLocation(), Arguments.ToArrayOfObjects());
    }

    /// <summary>The transform's output for one attributed class.</summary>
    internal sealed record ParseResult(KernelSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);

    internal static class EquatableArrayExtensions
    {
        public static object[] ToArrayOfObjects(this EquatableArray<string> items)
        {
            var result = new object[items.Count];
            for (int k = 0; k < items.Count; k++)
            {
                result[k] = items[k];
            }

            return result;
        }
    }
}
