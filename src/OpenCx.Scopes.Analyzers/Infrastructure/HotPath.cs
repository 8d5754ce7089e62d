using System.Runtime.CompilerServices;

namespace OpenCx.Scopes.Analyzers;

/// <summary>
/// For the small methods a build calls tens of thousands of times (OCX0003's judge of every string literal, the Map*
/// check of every code block): compiled optimized the first time, instead of starting unoptimized and waiting for
/// tiered compilation. The compiler keeps compiling new code for most of a build, and the runtime delays tiering up
/// while it does, so these ran unoptimized through a whole build. Not for the endpoint flow's large methods: compiling
/// them optimized cost a 1x build more than it saved (docs/performance.md, "Third pass"). The value is
/// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; runtimes that don't know it
/// ignore it.
/// </summary>
internal static class HotPath
{
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
