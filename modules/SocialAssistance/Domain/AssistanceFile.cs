using Platform.Modularity.ClientFiles;

namespace Platform.Modules.SocialAssistance.Domain;

/// <summary>
/// A household's assistance record (社会救助档案), kept on the registry client who heads the household (户主 or applicant):
/// its programmes with their periods, its reviews and their economic assessments.
/// </summary>
internal sealed class AssistanceFile : ClientFile
{
    private AssistanceFile()
    {
    }

    public AssistanceFile(string clientId, string stationId, string name, string workerId, DateTime openedAt)
        : base(clientId, stationId, name, workerId) => OpenedAt = openedAt;

    public DateTime OpenedAt { get; private set; }

    public bool IsDemo { get; init; }
}
