using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace OpenCx.Scopes.Tests.Infrastructure;

internal static class CompiledAssembly
{
    /// <summary>Emits a compilation and loads it, failing the test with the compiler's errors if it does not build.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(stream.ToArray());
    }
}
