using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;

namespace Platform.Host.Web;

/// <summary>
/// One place that turns refusals into answers: 400 with field errors, 403, 404 and 409 as
/// <c>application/problem+json</c> for the API, or the matching error page for a browser (forms show
/// refusals in place through <see cref="BusinessRulePageFilter"/> before they get here). Never a 500 for bad input.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            InputValidationException invalid => new ValidationProblemDetails(invalid.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = invalid.Message,
            },
            ConflictException conflict => WithField(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = conflict.Message }, conflict.Field),
            BusinessRuleException rule => rule.Field is null
                ? new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = rule.Message }
                : new ValidationProblemDetails(new Dictionary<string, string[]> { [rule.Field] = [rule.Message] }) { Status = StatusCodes.Status400BadRequest, Title = rule.Message },
            ForbiddenException forbidden => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = forbidden.Message },
            NotFoundException missing => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = missing.Message },
            BadHttpRequestException bad => Unreadable(bad),
            DbUpdateException saved when IsRace(saved) => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "刚才有人同时保存了同一条记录，请刷新后查看结果。" },
            _ when IsUnstorable(exception) => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "输入的内容超出了可以保存的范围，或含有无法保存的字符，请检查后重试。" },
            _ => null,
        };
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value ?? "";
        var api = path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);

        // Anything else is a defect, logged by the middleware; the API still answers problem+json, not the HTML error page.
        problem ??= api ? new ProblemDetails { Status = StatusCodes.Status500InternalServerError } : null;
        if (problem is null)
        {
            return false;
        }

        context.Response.StatusCode = problem.Status!.Value;
        if (!api)
        {
            // A browser gets the Chinese error page for this status (status-code pages re-execute /error/{code}).
            return true;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>
    /// Two saves of one thing at once (the same withdrawal eight times): the loser breaks a unique key — most often its
    /// outbox message's, which is why nothing is doubled — or finds the row changed. Either is a 409, not a 500.
    /// </summary>
    private static bool IsRace(DbUpdateException saved) =>
        saved is DbUpdateConcurrencyException
        || saved.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } or Npgsql.PostgresException { SqlState: "23505" };

    /// <summary>
    /// PostgreSQL's data exceptions (class 22: a NUL in text, a number past its column, a date it cannot hold) are bad
    /// input the request's own checks let through; <see cref="Composition.InputValues"/> refuses the known kinds by field
    /// first, and this keeps any other a 400 rather than a 500.
    /// </summary>
    private static bool IsUnstorable(Exception exception) =>
        (exception as Npgsql.PostgresException ?? exception.InnerException as Npgsql.PostgresException)?.SqlState.StartsWith("22", StringComparison.Ordinal) == true;

    /// <summary>A body or parameter that could not be read; a JSON value names its field (e.g. an unknown kind).</summary>
    private static ProblemDetails Unreadable(BadHttpRequestException bad)
    {
        var field = (bad.InnerException as System.Text.Json.JsonException)?.Path?.TrimStart('$', '.');
        if (string.IsNullOrEmpty(field))
        {
            return new ProblemDetails { Status = bad.StatusCode, Title = "请求格式有误，请检查后重试。" };
        }

        var message = $"“{field}”的值无法识别，请检查后重试。";
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] }) { Status = bad.StatusCode, Title = "请求格式有误：" + message };
    }

    private static ProblemDetails WithField(ProblemDetails problem, string? field)
    {
        if (field is not null)
        {
            problem.Extensions["field"] = field;
        }

        return problem;
    }
}
