namespace Platform.Modules.SocialWork.Groups;

/// <summary>A member to add: a registered client of the station by id, or a resident by name.</summary>
public sealed record NewMember(string? ClientId, string? Name);
