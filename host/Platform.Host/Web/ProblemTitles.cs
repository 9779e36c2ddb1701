namespace Platform.Host.Web;

/// <summary>
/// Every problem the API answers is titled in Chinese: a refusal the framework writes itself (401 without a token,
/// 403 from a route's policy, 404 for an unknown route, 405, 415, 429) would otherwise say "Unauthorized".
/// Titles a handler chose (a field's message, a rule's words) are kept.
/// </summary>
internal static class ProblemTitles
{
    private static readonly Dictionary<int, string> Chinese = new()
    {
        [StatusCodes.Status400BadRequest] = "请求有误，请检查后重试。",
        [StatusCodes.Status401Unauthorized] = "请先登录；登录已过期的，请重新登录。",
        [StatusCodes.Status403Forbidden] = "您的角色或站点无权进行这项操作。",
        [StatusCodes.Status404NotFound] = "找不到请求的页面或记录：它可能不存在，或不属于您的站点。",
        [StatusCodes.Status405MethodNotAllowed] = "这个地址不支持这种请求方式。",
        [StatusCodes.Status406NotAcceptable] = "无法按请求的格式回答。",
        [StatusCodes.Status409Conflict] = "刚才有人同时保存了同一条记录，请刷新后查看结果。",
        [StatusCodes.Status413PayloadTooLarge] = "提交的内容太大。",
        [StatusCodes.Status415UnsupportedMediaType] = "不支持这种内容格式，请以 JSON 提交。",
        [StatusCodes.Status429TooManyRequests] = "操作太频繁，请稍后再试。",
        [StatusCodes.Status500InternalServerError] = "系统出错了，请稍后重试；如果反复出现，请联系管理员。",
    };

    public static void InChinese(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (problem.Title is null || problem.Title.All(char.IsAscii))
        {
            problem.Title = Chinese.GetValueOrDefault(status, status >= 500 ? Chinese[500] : Chinese[400]);
        }

        // The framework's link to the HTTP specification says nothing to the people who read these.
        problem.Type = null;
    }
}
