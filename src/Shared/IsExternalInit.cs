namespace System.Runtime.CompilerServices;

// Lets netstandard2.0 assemblies declare records and init-only properties.
internal static class IsExternalInit
{
}
