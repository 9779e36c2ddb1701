using MailKit.Security;

namespace Platform.Modules.Notifications.Mail;

/// <summary>
/// The SMTP server e-mail goes through (<c>Platform:Modules:notifications:Smtp</c>). Without a host, e-mail is off:
/// everyone is told in the inbox only, and the settings page says so.
/// </summary>
internal sealed class MailOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary><c>Auto</c>, <c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c> or <c>SslOnConnect</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "民政服务站平台 <noreply@localhost>";

    /// <summary>The address of the platform as users reach it, for links in e-mails (e.g. <c>https://mz.example.gov.cn</c>).</summary>
    public string? PublicUrl { get; set; }

    public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>The subject and body of a notice's e-mail.</summary>
internal static class MailText
{
    public static string Subject(Platform.Contracts.Notifications.Notify notice)
    {
        var firstLine = notice.Text.Split('\n')[0];
        var head = firstLine.Length > 60 ? firstLine[..60] + "…" : firstLine;
        return $"【民政服务站】{notice.Kind}：{head}";
    }

    public static string Body(Platform.Contracts.Notifications.Notify notice, MailOptions options)
    {
        var body = notice.Text;
        if (notice.Link is { } link)
        {
            body += $"\n\n查看：{(options.PublicUrl ?? "").TrimEnd('/')}{link}";
        }

        return body + "\n\n——民政服务站工作平台（可在“通知设置”中改为只在站内通知）";
    }
}
