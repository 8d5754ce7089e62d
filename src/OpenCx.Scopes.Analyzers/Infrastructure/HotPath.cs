using System.Runtime.CompilerServices;

namespace OpenCx.Scopes.Analyzers;

/// <summary>
/// For the few methods a build calls tens of thousands of times (every string literal, every code block, every
/// endpoint): compiled optimized the first time, instead of starting unoptimized and waiting for tiered compilation.
/// The compiler keeps compiling new code for most of a build, and the runtime delays tiering up while it does, so
/// these methods ran unoptimized through most of a build. The value is <c>MethodImplOptions.AggressiveOptimization</c>,
/// which netstandard2.0 does not name; runtimes that don't know it ignore it.
/// </summary>
internal static class HotPath
{
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
