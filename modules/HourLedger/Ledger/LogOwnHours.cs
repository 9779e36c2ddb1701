using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>Hours a worker logs by hand for work no module records: assisting the town's civil-affairs work (not professional) and the like.</summary>
[Requires(LedgerPermissions.Log)]
public sealed class LogOwnHours : IRequest<long>, IAudited
{
    [Required(ErrorMessage = "请选择日期。")]
    public DateOnly? Date { get; set; }

    [Range(0.25, 24, ErrorMessage = "时长应在 0.25 到 24 小时之间。")]
    [Required(ErrorMessage = "请填写时长。")]
    public decimal? Hours { get; set; }

    [Required(ErrorMessage = "请写明做了什么。")]
    [StringLength(200, ErrorMessage = "说明不能超过 200 个字。")]
    public string Description { get; set; } = "";

    /// <summary>The indicator, ASSIST (协助镇街开展民政工作) unless the worker picks another hour-counted one.</summary>
    public string IndicatorCode { get; set; } = Indicators.Assistance;

    /// <summary>What no module records yet: assisting the town (not professional) and volunteer service linked.</summary>
    internal static readonly IReadOnlySet<string> ManualIndicators = new HashSet<string> { Indicators.Assistance, Indicators.Volunteer };

    string IAudited.AuditAction => "登记工作时长";

    string? IAudited.AuditTarget => null;

    string? IAudited.AuditDetail => $"{Date:yyyy-MM-dd} {IndicatorCode} {Hours} 小时：{Description}";

    /// <summary>
    /// The hand-enterable indicators that no enabled module records by itself (<see cref="GatherSelfCreditedIndicators"/>),
    /// and the module named for each one that is recorded elsewhere.
    /// </summary>
    internal static async Task<(IReadOnlyList<string> Open, IReadOnlyDictionary<string, string> Claimed)> OpenIndicatorsAsync(IMediator publisher, CancellationToken cancellationToken)
    {
        var gather = new GatherSelfCreditedIndicators();
        await publisher.Publish(gather, cancellationToken);
        return (ManualIndicators.Where(i => !gather.Claimed.ContainsKey(i)).Order(StringComparer.Ordinal).ToList(), gather.Claimed);
    }

    internal sealed class Handler(LedgerDb db, ICurrentUser user, TimeProvider clock, IMediator publisher) : IRequestHandler<LogOwnHours, long>
    {
        public async Task<long> Handle(LogOwnHours request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记自己的工作时长");

            var today = LocalTime.Today(clock);
            if (request.Date > today)
            {
                throw new BusinessRuleException("不能登记今天以后的时长。", "date");
            }

            if (!ManualIndicators.Contains(request.IndicatorCode))
            {
                throw new BusinessRuleException("这项指标由业务模块按记录计入，不能手工登记；可登记的是协助镇街开展民政工作和链接志愿服务的时长。", "indicatorCode");
            }

            var (_, claimed) = await OpenIndicatorsAsync(publisher, cancellationToken);
            if (claimed.TryGetValue(request.IndicatorCode, out var module))
            {
                throw new BusinessRuleException($"这项时长由“{module}”模块按记录自动计入，不能再手工登记；以前手工登记的时长仍然保留。", "indicatorCode");
            }

            var entry = await Crediting.CreditAsync(
                db, clock, Crediting.ManualSource, Guid.NewGuid().ToString("N"), station, user.UserId!, request.IndicatorCode, request.Hours!.Value, request.Date!.Value, null, request.Description.Trim(), null, cancellationToken);
            return entry.Id;
        }
    }
}
