using MediatR;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.ChildWelfare.Data;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Children;

/// <summary>The key children not yet home-visited as often as the rule asks this month (the due list), of a station or all the caller sees.</summary>
[Requires(ChildWelfarePermissions.View)]
internal sealed record ListDueChildren(string? StationId = null, DateOnly? Day = null) : IRequest<IReadOnlyList<DueChild>>
{
    internal sealed class Handler(ChildWelfareDb db, ChildWelfareRules rules, TimeProvider clock) : IRequestHandler<ListDueChildren, IReadOnlyList<DueChild>>
    {
        public Task<IReadOnlyList<DueChild>> Handle(ListDueChildren request, CancellationToken cancellationToken) =>
            DueChildren.ListAsync(db, rules, request.Day ?? LocalTime.Today(clock), request.StationId, null, cancellationToken);
    }
}

/// <summary>A key child still owed a home visit this month, and the worker responsible.</summary>
internal sealed record DueChild(string ClientId, string StationId, string Name, string WorkerId, RiskLevel Risk, int HomeVisits, int Owed, DateOnly DueBy);
