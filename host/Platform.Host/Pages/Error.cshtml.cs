using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Host.Pages;

/// <summary>The page a browser sees for 400, 403, 404, 405, 429 and unexpected errors.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Advice { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Advice) = code switch
        {
            403 => ("无权访问", "您的角色或站点不能查看或修改这条记录。"),
            404 => ("找不到页面或记录", "它可能不存在、已被删除，或不属于您的站点。"),
            400 => ("请求有误", "请检查填写的内容后重试。"),
            405 => ("不支持的操作", "这个页面不支持这种操作，请从菜单进入后重试。"),
            429 => ("操作太频繁", "请稍等片刻再试。"),
            _ => ("系统出错了", "请稍后重试；如果反复出现，请联系管理员。"),
        };
    }
}
