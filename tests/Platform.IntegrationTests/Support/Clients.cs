using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Platform.IntegrationTests.Support;

/// <summary>Signed-in clients: a browser-like one with the log-in cookie, or an API one with a bearer token.</summary>
public static class Clients
{
    public const string DemoPassword = "Demo@12345";

    public static HttpClient Anonymous(this PlatformFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<HttpClient> BrowserAsync(this PlatformFactory factory, string userName, string password = DemoPassword)
    {
        var client = factory.Anonymous();
        var response = await client.PostFormAsync("/account/login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{userName} should log in");
        return client;
    }

    public static async Task<HttpClient> ApiAsync(this PlatformFactory factory, string userName, string password = DemoPassword)
    {
        var client = factory.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{userName} should get a token");
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>GETs the form page for its antiforgery token, then posts the fields as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields)
    {
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await AntiforgeryTokenAsync(client, url) };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>The same with files (name, file name, bytes), as a multipart form.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url, Dictionary<string, string> fields, params (string Name, string FileName, byte[] Content)[] files)
    {
        var body = new MultipartFormDataContent { { new StringContent(await AntiforgeryTokenAsync(client, url)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, content) in files)
        {
            body.Add(new ByteArrayContent(content), name, fileName);
        }

        return await client.PostAsync(url, body);
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        var page = await client.GetAsync(url);
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        return document.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No form with an antiforgery token at {url} ({page.StatusCode}).");
    }

    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public sealed record TokenResponse(string AccessToken, int ExpiresIn, string TokenType);
}
