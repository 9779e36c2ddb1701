using Microsoft.AspNetCore.Html;

namespace Platform.Modularity.ClientFiles;

/// <summary>How a client file's standing and history show on its page, the same in every module.</summary>
public static class ClientFileHtml
{
    /// <summary>A notice for an archived or closed file (nothing for an open one), then the file's history.</summary>
    public static IHtmlContent Standing(ClientFileStanding standing)
    {
        var html = new HtmlContentBuilder();
        var notice = standing.State switch
        {
            ClientFileState.Archived => "服务对象已归档：档案只能查看，不在名单、待办和提醒中；恢复在册后自动恢复。",
            ClientFileState.Closed => $"档案已关闭（{standing.ClosedReason}）：只能查看，不再提醒探访。",
            _ => null,
        };
        if (notice is not null)
        {
            html.AppendHtml("<div class=\"alert alert-secondary py-2\" id=\"file-standing\">").Append(notice).AppendHtml("</div>");
        }

        if (standing.History.Count > 0)
        {
            html.AppendHtml("<details class=\"small mb-2\" id=\"file-history\"><summary>档案变动</summary><ul class=\"mb-0\">");
            foreach (var line in standing.History)
            {
                html.AppendHtml("<li>").Append($"{line.At:yyyy-MM-dd HH:mm} {line.Text}").AppendHtml("</li>");
            }

            html.AppendHtml("</ul></details>");
        }

        return html;
    }
}
