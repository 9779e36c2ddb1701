using Platform.Contracts.Identity;
using MediatR;

namespace Platform.Contracts.Staff;

/// <summary>
/// The public directory of station names by id, whoever asks: a station's name is not private, and a
/// refusal may have to say which station holds a record (e.g. a duplicate ID number).
/// </summary>
[Requires(Access.SignedIn)]
public sealed record GetStationNames : IRequest<IReadOnlyDictionary<string, string>>;
