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
internal sealed record DueChild
{
    public required string ClientId { get; init; }

    public required string StationId { get; init; }

    public required string Name { get; init; }

    public required string WorkerId { get; init; }

    public required RiskLevel Risk { get; init; }

    public required int HomeVisits { get; init; }

    public required int Owed { get; init; }

    public required DateOnly DueBy { get; init; }
}
