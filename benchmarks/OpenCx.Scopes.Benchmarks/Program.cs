using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/OpenCx.Scopes.Benchmarks -- --filter '*' --job short --inProcess
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
