using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Dmf.Analyzers;

/// <summary>
/// DMF2001: an interpolated string (or a string concatenation, string.Join / Concat, StringBuilder.Append, TextWriter.Write)
/// formats a number (or a date or time span) with the current culture. CA1305 does not
/// see interpolation, yet "{x:E2}" prints "5,02E-15" under de-DE and "−1" (U+2212) under sv-SE. An interpolated string
/// is fine when a format provider is given: <c>string.Create(CultureInfo.InvariantCulture, $"…")</c>,
/// <c>FormattableString.Invariant($"…")</c>, <c>builder.Append(provider, $"…")</c>, or any conversion to
/// <see cref="System.FormattableString"/> / <see cref="System.IFormattable"/> (the receiver chooses the provider).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CultureSensitiveInterpolationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic's ID.</summary>
    public const string Id = "DMF2001";

    private static readonly DiagnosticDescriptor Rule = new(
        Id,
        "Interpolated string formats a value with the current culture",
        "'{0}' of type {1} is formatted with the current culture; give a format provider (string.Create(CultureInfo.InvariantCulture, $\"...\") or FormattableString.Invariant)",
        "Globalization",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every number Dmf prints, writes or parses must be culture-invariant.");

    private static readonly ImmutableHashSet<SpecialType> CultureSensitive = ImmutableHashSet.Create(
        SpecialType.System_SByte, SpecialType.System_Byte, SpecialType.System_Int16, SpecialType.System_UInt16,
        SpecialType.System_Int32, SpecialType.System_UInt32, SpecialType.System_Int64, SpecialType.System_UInt64,
        SpecialType.System_Single, SpecialType.System_Double, SpecialType.System_Decimal, SpecialType.System_IntPtr,
        SpecialType.System_UIntPtr, SpecialType.System_DateTime);

    private static readonly ImmutableHashSet<string> CultureSensitiveNames = ImmutableHashSet.Create(
        "System.Numerics.BigInteger", "System.Half", "System.TimeSpan", "System.DateTimeOffset", "System.Numerics.Complex");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.InterpolatedString);
        context.RegisterOperationAction(AnalyzeConcatenation, OperationKind.Binary);
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
    }

    /// <summary>"text" + 1.5: string concatenation formats the number with the current culture.</summary>
    private static void AnalyzeConcatenation(OperationAnalysisContext context)
    {
        var operation = (IBinaryOperation)context.Operation;
        if (operation.OperatorKind != BinaryOperatorKind.Add || operation.Type?.SpecialType != SpecialType.System_String)
        {
            return;
        }

        foreach (var operand in new[] { operation.LeftOperand, operation.RightOperand })
        {
            var type = operand is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand.Type : operand.Type;
            if (type is not null && IsCultureSensitive(type))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, operand.Syntax.GetLocation(), operand.Syntax.ToString(), type.ToDisplayString()));
            }
        }
    }

    /// <summary>
    /// string.Join / string.Concat of numbers, and the number overloads of StringBuilder.Append / TextWriter.Write /
    /// TextWriter.WriteLine, which format with the current culture (CA1305 sees none of them).
    /// </summary>
    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        string container = method.ContainingType?.ToDisplayString() ?? string.Empty;
        bool joins = container == "string" && method.Name is "Join" or "Concat";
        // The one-value overloads only: Append(string, int start, int count) formats nothing.
        bool writes = method.Parameters.Length == 1 &&
                      ((container == "System.Text.StringBuilder" && method.Name == "Append") ||
                       (IsTextWriter(method.ContainingType) && method.Name is "Write" or "WriteLine"));
        if (!joins && !writes)
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            var type = argument.Value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand.Type : argument.Value.Type;
            var element = type is IArrayTypeSymbol array ? array.ElementType : ElementOfEnumerable(type);
            var candidate = joins ? element ?? type : type;
            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var item in initializer.ElementValues)
                {
                    var itemType = item is IConversionOperation { IsImplicit: true } c ? c.Operand.Type : item.Type;
                    if (itemType is not null && IsCultureSensitive(itemType))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Rule, item.Syntax.GetLocation(), item.Syntax.ToString(), itemType.ToDisplayString()));
                    }
                }

                continue;
            }

            if (candidate is not null && IsCultureSensitive(candidate))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Syntax.GetLocation(), argument.Syntax.ToString(), candidate.ToDisplayString()));
            }
        }
    }

    private static bool IsTextWriter(INamedTypeSymbol? type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.ToDisplayString() == "System.IO.TextWriter")
            {
                return true;
            }
        }

        return false;
    }

    private static ITypeSymbol? ElementOfEnumerable(ITypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        foreach (var candidate in new[] { type }.Concat(type.AllInterfaces))
        {
            if (candidate is INamedTypeSymbol { IsGenericType: true } named && named.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IEnumerable<T>")
            {
                return named.TypeArguments[0];
            }
        }

        return null;
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var operation = (IInterpolatedStringOperation)context.Operation;
        if (HasFormatProvider(operation))
        {
            return;
        }

        foreach (var part in operation.Parts)
        {
            var expression = part switch
            {
                IInterpolationOperation interpolation => interpolation.Expression,
                IInterpolatedStringAppendOperation append when append.Kind == OperationKind.InterpolatedStringAppendFormatted => FormattedValue(append),
                _ => null,
            };
            if (expression is null)
            {
                continue;
            }

            var type = expression is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand.Type : expression.Type;
            if (type is not null && IsCultureSensitive(type))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, expression.Syntax.GetLocation(), expression.Syntax.ToString(), type.ToDisplayString()));
            }
        }
    }

    private static IOperation? FormattedValue(IInterpolatedStringAppendOperation append) =>
        append.AppendCall is IInvocationOperation { Arguments.Length: > 0 } call ? call.Arguments[0].Value : null;

    private static bool IsCultureSensitive(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return CultureSensitive.Contains(type.SpecialType) || CultureSensitiveNames.Contains(type.ToDisplayString());
    }

    /// <summary>True when the string is handed to something that takes a provider, or becomes a FormattableString.</summary>
    private static bool HasFormatProvider(IInterpolatedStringOperation operation)
    {
        var parent = operation.Parent;
        if (parent is IConversionOperation conversion && (IsSystemType(conversion.Type, "FormattableString") || IsSystemType(conversion.Type, "IFormattable")))
        {
            return true;
        }

        if (parent is IInterpolatedStringHandlerCreationOperation creation)
        {
            // string.Create(provider, …), StringBuilder.Append(provider, …): the call the handler is an argument of
            // takes an explicit, non-null format provider.
            for (var ancestor = creation.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                var arguments = ancestor switch
                {
                    IInvocationOperation invocation => invocation.Arguments,
                    IObjectCreationOperation construction => construction.Arguments,
                    _ => (ImmutableArray<IArgumentOperation>?)null,
                };
                if (arguments is { } found)
                {
                    return found.Any(a => IsProvider(a.Parameter?.Type) && !a.IsImplicit && a.Value.ConstantValue is not { HasValue: true, Value: null });
                }

                if (ancestor is not (IArgumentOperation or IConversionOperation))
                {
                    break;
                }
            }
        }

        return false;
    }

    private static bool IsProvider(ITypeSymbol? type) => IsSystemType(type, "IFormatProvider");

    /// <summary>System.<paramref name="name"/>, whatever its nullable annotation.</summary>
    private static bool IsSystemType(ITypeSymbol? type, string name) =>
        type is { Name: var n, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } && n == name;
}
