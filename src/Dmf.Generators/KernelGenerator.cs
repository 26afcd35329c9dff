using Dmf.Emission;
using Dmf.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Dmf.Generators
{
    /// <summary>
    /// Generates depth-specialized kernels for classes marked [Dmf.Kernels.DmfKernel(Depth = L)].
    /// Pipeline only: the parser builds an equatable spec, the emitter turns a spec into source.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class KernelGenerator : IIncrementalGenerator
    {
        /// <summary>The attribute's metadata name.</summary>
        public const string AttributeName = "Dmf.Kernels.DmfKernelAttribute";

        /// <summary>The version written into [GeneratedCode].</summary>
        public const string Version = KernelSource.Version;

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var parsed = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    AttributeName,
                    static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
                    static (ctx, ct) => Parser.Parse(ctx, ct))
                .WithTrackingName(TrackingNames.Parse);

            var specs = parsed
                .Select(static (result, _) => result.Spec)
                .Where(static spec => spec is not null)
                .WithTrackingName(TrackingNames.Specs);

            var diagnostics = parsed
                .SelectMany(static (result, _) => result.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);

            context.RegisterSourceOutput(specs, static (spc, spec) =>
            {
                try
                {
                    var generated = KernelEmitter.Emit(spec!, spc.CancellationToken);
                    var (hint, source) = (generated.HintName, generated.Source);
                    spc.AddSource(hint, source);
                }
                catch (Exception exception) when (exception is NotSupportedException or ArgumentException or InvalidOperationException)
                {
                    spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GenerationFailed, Location.None, spec!.ClassName, exception.Message));
                }
            });
            context.RegisterSourceOutput(diagnostics, static (spc, info) => spc.ReportDiagnostic(info.ToDiagnostic()));
        }
    }

}
