namespace Platform.Host.Web;

/// <summary>
/// The browser protections every answer carries: scripts only from this site's files (no inline script, no eval),
/// no framing by another site, no guessing of content types, and no full addresses sent to other sites.
/// Behind a reverse proxy that terminates https, set <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c> (README,
/// "Behind a reverse proxy"): the request is then seen as https, the sign-in cookie is marked <c>Secure</c> and HSTS is sent.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Inline styles stay allowed: Bootstrap's components and htmx set <c>style</c> attributes, which cannot run code.
    /// Images may be <c>data:</c> and <c>blob:</c> (a photo's preview before upload).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // Set as the answer starts, so an error page written after the headers were cleared carries them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(self), geolocation=(), microphone=()";
                return Task.CompletedTask;
            });
            return next(context);
        });
        if (!app.Environment.IsDevelopment())
        {
            // Sent on https answers only; a year, as browsers' preload lists expect.
            app.UseHsts();
        }
    }
}
