using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Platform.Host.Modules;

namespace Platform.Host.Auth;

/// <summary>
/// Pages use a cookie; the API uses bearer tokens. Both are protected with the data-protection key
/// ring that the Staff module keeps in the database, so every host instance accepts what any issued.
/// </summary>
internal static class AuthSetup
{
    public const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string Bearer = BearerTokenDefaults.AuthenticationScheme;
    private const string Either = "platform";

    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(8);

    public static void AddPlatformAuth(this IServiceCollection services, ModuleCatalog catalog)
    {
        services.AddAuthentication(Either)
            .AddPolicyScheme(Either, "Cookie or bearer", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? Bearer : Cookie)
            .AddCookie(Cookie, o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/access-denied";
                o.Cookie.Name = "platform.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context => ApiStatusOr(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiStatusOr(context, StatusCodes.Status403Forbidden);
            })
            .AddBearerToken(Bearer, o => o.BearerTokenExpiration = TokenLifetime);

        services.AddTransient<IClaimsTransformation, SessionValidation>();
        services.AddOptions<PlatformAuthOptions>().BindConfiguration(PlatformAuthOptions.Section);
        services.AddSingleton<AccessTokens>();
        services.AddLoginLimits();

        services.AddAuthorization(o =>
        {
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            foreach (var permission in catalog.Enabled.SelectMany(m => m.Module.Permissions))
            {
                o.AddPolicy(permission.Code, p => p.RequireAuthenticatedUser().RequireRole(permission.Roles));
            }
        });
    }

    private static Task ApiStatusOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
