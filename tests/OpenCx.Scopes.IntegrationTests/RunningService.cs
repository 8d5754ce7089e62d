using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace OpenCx.Scopes.IntegrationTests;

/// <summary>A built service run with `dotnet App.dll` on 127.0.0.1 at a port the OS picks, with the environment given.</summary>
public sealed class RunningService : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private RunningService(Process process) => this.process = process;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string Log { get { lock (log) { return log.ToString(); } } }

    public static async Task<RunningService> StartAsync(string assemblyPath, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{assemblyPath}\" --urls http://127.0.0.1:0")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var service = new RunningService(new Process { StartInfo = start });
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(object _, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (service.log)
            {
                service.log.AppendLine(e.Data);
            }

            if (Regex.Match(e.Data, @"Now listening on: (http://127\.0\.0\.1:\d+)") is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        service.process.OutputDataReceived += Read;
        service.process.ErrorDataReceived += Read;
        service.process.Start();
        service.process.BeginOutputReadLine();
        service.process.BeginErrorReadLine();
        var started = await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        if (started != listening.Task)
        {
            await service.DisposeAsync();
            throw new InvalidOperationException("The service did not start:\n" + service.Log);
        }

        service.BaseAddress = listening.Task.Result;
        service.Client = new HttpClient { BaseAddress = service.BaseAddress };
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
