using BenchmarkDotNet.Running;
using OpenCx.Scopes.Benchmarks;

// dotnet run -c Release --project benchmarks/OpenCx.Scopes.Benchmarks -- --filter '*' --job short --inProcess
// dotnet run -c Release --project benchmarks/OpenCx.Scopes.Benchmarks -- --profile [--scale 1] [--case dense|realistic] [--runs 3] [--only InvalidScopeAnalyzer]
if (args.Length > 0 && args[0] == "--profile")
{
    AnalyzerProfile.Run(args);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
