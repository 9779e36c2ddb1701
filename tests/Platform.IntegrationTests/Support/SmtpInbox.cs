using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Platform.IntegrationTests.Support;

/// <summary>
/// A real SMTP server in the test process on 127.0.0.1 (the SmtpServer package): the platform's MailKit client
/// connects to it over TCP. It keeps what it accepts, and refuses the next messages when told to.
/// </summary>
public sealed class SmtpInbox : IDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop = new();
    private readonly Store _store = new();
    private readonly Task _running;

    public SmtpInbox()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The messages accepted so far.</summary>
    public IReadOnlyCollection<MimeMessage> Messages => _store.Accepted;

    /// <summary>How many delivery attempts were refused.</summary>
    public int Refused => _store.RefusedCount;

    /// <summary>Refuses the next <paramref name="count"/> messages (550 mailbox unavailable).</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref _store.ToRefuse, count);

    /// <summary>The host settings that send the platform's e-mail here.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Platform:Modules:notifications:Smtp:Host"] = "127.0.0.1",
        ["Platform:Modules:notifications:Smtp:Port"] = Port.ToString(),
        ["Platform:Modules:notifications:Smtp:Security"] = "None",
        ["Platform:Modules:notifications:Smtp:From"] = "民政服务站平台 <noreply@test.local>",
        ["Platform:Modules:notifications:Smtp:PublicUrl"] = "https://mz.test.local",
    };

    public void Dispose()
    {
        _stop.Cancel();
        _server.Shutdown();
        try
        {
            _running.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Cancelled on purpose.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store : MessageStore
    {
        public int ToRefuse;
        public int RefusedCount;

        public ConcurrentQueue<MimeMessage> Accepted { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref ToRefuse) >= 0)
            {
                Interlocked.Increment(ref RefusedCount);
                return new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "mailbox busy, try again later");
            }

            using var stream = new MemoryStream(buffer.ToArray());
            Accepted.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
