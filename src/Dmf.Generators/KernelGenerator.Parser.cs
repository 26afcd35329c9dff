using System.Globalization;
using Dmf.Emission;
using Dmf.Generators.Model;
using Dmf.Symbolic.Expressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dmf.Generators
{
    public sealed partial class KernelGenerator
    {
        /// <summary>Turns an attributed class into a spec of primitives, or diagnostics. No compiler objects escape.</summary>
        internal static class Parser
        {
            public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var declaration = (ClassDeclarationSyntax)context.TargetNode;
                var symbol = (INamedTypeSymbol)context.TargetSymbol;
                var location = LocationInfo.From(declaration.Identifier.GetLocation());
                var diagnostics = new List<DiagnosticInfo>();

                bool isStatic = declaration.Modifiers.Any(SyntaxKind.StaticKeyword);
                bool isPartial = declaration.Modifiers.Any(SyntaxKind.PartialKeyword);
                if (!isStatic || !isPartial)
                {
                    diagnostics.Add(new DiagnosticInfo("DMF1002", EquatableArray.Create(symbol.Name), location));
                }

                if (symbol.ContainingType != null)
                {
                    diagnostics.Add(new DiagnosticInfo("DMF1003", EquatableArray.Create(symbol.Name, symbol.ContainingType.ToDisplayString()), location));
                }

                if (symbol.TypeParameters.Length > 0)
                {
                    diagnostics.Add(new DiagnosticInfo("DMF1006", EquatableArray.Create(symbol.ToDisplayString()), location));
                }

                int depth = 0;
                bool depthGiven = false;
                List<int>? widths = null;
                bool float32 = false;
                foreach (var argument in context.Attributes[0].NamedArguments)
                {
                    if (argument.Key == "Depth" && argument.Value.Value is int value)
                    {
                        depth = value;
                        depthGiven = true;
                    }
                    else if (argument.Key == "Float32" && argument.Value.Value is bool single)
                    {
                        float32 = single;
                    }
                    else if (argument.Key == "Widths" && argument.Value.Kind == TypedConstantKind.Array && !argument.Value.IsNull)
                    {
                        widths = argument.Value.Values.Select(v => v.Value is int w ? w : 0).ToList();
                    }
                }

                if (!depthGiven)
                {
                    diagnostics.Add(new DiagnosticInfo("DMF1007", EquatableArray.Create(symbol.Name), location));
                }
                else if (depth < 2 || depth > 64)
                {
                    diagnostics.Add(new DiagnosticInfo("DMF1001", EquatableArray.Create(symbol.Name, depth.ToString(CultureInfo.InvariantCulture)), location));
                }

                if (widths != null && depth >= 2 && widths.Count != depth + 1)
                {
                    diagnostics.Add(new DiagnosticInfo("DMF1004", EquatableArray.Create(
                        symbol.Name, Invariant(widths.Count), Invariant(depth), Invariant(depth + 1)), location));
                }

                if (widths != null)
                {
                    for (int k = 0; k < widths.Count; k++)
                    {
                        if (widths[k] < 1)
                        {
                            diagnostics.Add(new DiagnosticInfo("DMF1005", EquatableArray.Create(symbol.Name, Invariant(k), Invariant(widths[k])), location));
                        }
                    }
                }

                if (widths != null && widths.All(w => w >= 1) && KernelSpec.WidthsTooLarge(widths) is { } tooLarge)
                {
                    diagnostics.Add(new DiagnosticInfo("DMF1008", EquatableArray.Create(symbol.Name, tooLarge), location));
                }

                if (diagnostics.Count > 0)
                {
                    return new ParseResult(null, diagnostics.ToEquatableArray());
                }

                // Plain names (a namespace's display string escapes keywords: "@event.Kernels" is the namespace "event.Kernels").
                string? ns = symbol.ContainingNamespace.IsGlobalNamespace ? null : string.Join(".", symbol.ContainingNamespace.ToDisplayString().Split('.').Select(segment => segment.TrimStart('@')));
                return new ParseResult(new KernelSpec(ns, symbol.Name, depth, Version, widths?.ToEquatableArray(), float32), EquatableArray<DiagnosticInfo>.Empty);
            }

            private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
        }
    }
}
