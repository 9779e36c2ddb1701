using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Platform.Host.Auth;

/// <summary>
/// How fast log-in may be tried (<c>Platform:Auth:LoginLimits</c>). Each limit is a token bucket: a burst of
/// attempts, then one more per period. Counted are attempts, right or wrong, whether the name exists or not.
/// </summary>
internal sealed class LoginLimitOptions
{
    /// <summary>
    /// Attempts on one account name from one address: a worker who mistypes five times waits a minute for each
    /// further try, and nobody at another address is affected. A guesser at one address gets 5, then 60 an hour.
    /// </summary>
    public int PerAccountBurst { get; set; } = 5;

    /// <inheritdoc cref="PerAccountBurst"/>
    public TimeSpan PerAccountPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Attempts from one address on any names: enough for a station office or a bureau floor behind one NAT all
    /// signing in at nine; someone trying one password on every name gets 30, then three names a minute.
    /// </summary>
    public int PerAddressBurst { get; set; } = 30;

    /// <inheritdoc cref="PerAddressBurst"/>
    public TimeSpan PerAddressPeriod { get; set; } = TimeSpan.FromSeconds(20);
}

/// <summary>Marks an endpoint whose POST is a log-in attempt and names the field holding the account name.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class LoginAttemptAttribute(string userNameField) : Attribute
{
    public string UserNameField { get; } = userNameField;
}

/// <summary>
/// ASP.NET Core's rate limiter in front of the token endpoint and the sign-in page, partitioned per address and
/// per (account name, address). There is no limit per account name alone: it would let a stranger keep a worker
/// out, which is what the lock-out it replaces did.
/// </summary>
internal static class LoginLimits
{
    private const string AccountKey = "platform.login-account";

    private const string RefusalKey = "platform.login-refused";

    // A body past this is not read for the name: the attempt then counts under the address's nameless bucket.
    private const long MaxPeekedBody = 16 * 1024;

    public static void AddLoginLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<PlatformAuthOptions>>((options, auth) =>
        {
            var limits = auth.Value.LoginLimits;
            // Address first: a flood from one address is refused before it creates a bucket for every name it tries.
            // (The middleware asks the chain twice for a refused request, so a refusal may cost a second token of the
            // caller's own buckets; nobody else's.)
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Partitioned(context => AddressOf(context), limits.PerAddressBurst, limits.PerAddressPeriod),
                Partitioned(context => AddressOf(context) + "\n" + context.Items[AccountKey], limits.PerAccountBurst, limits.PerAccountPeriod));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RefuseAsync;
        });
    }

    /// <summary>Reads the account name of a log-in attempt before the limiter partitions it (the limiter cannot await the body).</summary>
    public static async Task ReadAccountNameAsync(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<LoginAttemptAttribute>() is { } attempt)
        {
            context.Items[AccountKey] = await AccountNameAsync(context.Request, attempt.UserNameField);
        }

        await next(context);
    }

    /// <summary>The Chinese refusal when the sign-in page's post was throttled, else null.</summary>
    public static string? Refusal(HttpContext context) => context.Items[RefusalKey] as string;

    private static PartitionedRateLimiter<HttpContext> Partitioned(Func<HttpContext, string> key, int burst, TimeSpan period) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => context.Items.ContainsKey(AccountKey)
            ? RateLimitPartition.GetTokenBucketLimiter(key(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(""));

    private static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var message = LoginMessages.Throttled(wait);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: message).ExecuteAsync(context);
            return;
        }

        // The sign-in page renders the refusal itself (it checks nothing when it sees it), so the browser gets the
        // form again with the message, still answered 429.
        context.Items[RefusalKey] = message;
        await context.GetEndpoint()!.RequestDelegate!(context);
    }

    private static async Task<string> AccountNameAsync(HttpRequest request, string field)
    {
        var aborted = request.HttpContext.RequestAborted;
        try
        {
            if (request.HasFormContentType)
            {
                // The request keeps the parsed form: antiforgery and model binding read this one (binding takes the first value).
                var values = (await request.ReadFormAsync(aborted))[field];
                return values.Count > 0 ? Normalise(values[0]) : "";
            }

            if (request.HasJsonContentType() && await PeekAsync(request, aborted) is { } body)
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return "";
                }

                string? name = null;
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    // The endpoint's binder matches names case-insensitively and keeps the last duplicate; so does this.
                    if (string.Equals(property.Name, field, StringComparison.OrdinalIgnoreCase))
                    {
                        name = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                    }
                }

                return Normalise(name);
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException or IOException or ArgumentException)
        {
            // An unreadable body is the endpoint's to refuse (400); for the limiter it has no name.
        }

        return "";
    }

    /// <summary>The body if it is small (JSON clients often send it chunked, without a length), rewound for the endpoint.</summary>
    private static async Task<ReadOnlyMemory<byte>?> PeekAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxPeekedBody)
        {
            return null;
        }

        request.EnableBuffering();
        var buffer = new byte[MaxPeekedBody + 1];
        var read = 0;
        try
        {
            int chunk;
            while (read < buffer.Length && (chunk = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
            {
                read += chunk;
            }
        }
        finally
        {
            request.Body.Position = 0;
        }

        return read > MaxPeekedBody ? null : buffer.AsMemory(0, read);
    }

    // As Identity normalises names, so that "Worker01 " and "worker01" share one bucket.
    private static string Normalise(string? name) => (name ?? "").Trim().Normalize().ToUpperInvariant();

    // One bucket per IPv6 /64: a single client is usually given a whole /64 and could otherwise rotate addresses.
    private static string AddressOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
