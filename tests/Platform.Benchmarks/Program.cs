using Platform.Benchmarks;

// Figures, never assertions: run with
//   dotnet run -c Release --project tests/Platform.Benchmarks -- all
// Needs wrk (apt-get install wrk) for the HTTP figures.
return args.FirstOrDefault() switch
{
    "bare" => await BareServer.RunAsync(args.Skip(1).ToArray()),
    "startup" => await StartupBenchmark.RunAsync(),
    "http" => await HttpBenchmark.RunAsync(),
    "login" => await LoginBenchmark.RunAsync(),
    "import" => await ImportBenchmark.RunAsync(),
    "search" => await SearchBenchmark.RunAsync(args.ElementAtOrDefault(1)),
    "ledger" => await LedgerBenchmark.RunSqliteAsync(args.ElementAtOrDefault(1)),
    "visits" => await VisitBenchmark.RunAsync(),
    "digest" => await DigestBenchmark.RunAsync(args.ElementAtOrDefault(1)),
    "due" => await DueBenchmark.RunAsync(args.ElementAtOrDefault(1)),
    "assistance-due" => await AssistanceDueBenchmark.RunAsync(args.ElementAtOrDefault(1)),
    "assistance-alerts" => await AlertImportBenchmark.RunAsync(),
    "backup" => await BackupBenchmark.RunAsync(args.ElementAtOrDefault(1)),
    "ledger-pg" => await LedgerBenchmark.RunPostgresAsync(args.ElementAtOrDefault(1)),
    "volunteers" => await VolunteerBenchmark.RunAsync(),
    "all" => await StartupBenchmark.RunAsync() + await HttpBenchmark.RunAsync(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Platform.Benchmarks startup | http | login | import | search [keep-folder] | ledger [keep-folder] | ledger-pg [server connection string] | visits | digest [keep-folder] | due [keep-folder] | assistance-due [keep-folder] | assistance-alerts | backup [data-folder] | volunteers | all | bare --urls <url>");
    return 2;
}
