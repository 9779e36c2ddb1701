using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Modularity.Data;

namespace Platform.Modules.ClientRegistry.Domain;

/// <summary>A person served by a station: the basic facts of the archive (建档) and their categories.</summary>
internal sealed class Client : IStationScoped
{
    private readonly List<CategoryHolding> _categories = [];
    private readonly List<StationTransfer> _transfers = [];
    private readonly List<ClientNeed> _needs = [];

    private Client()
    {
    }

    public Client(string stationId, DateTime now)
    {
        Id = Guid.NewGuid().ToString("N");
        StationId = stationId;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public string Id { get; private set; } = "";

    public string StationId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public Sex Sex { get; private set; }

    public string? Ethnicity { get; private set; }

    /// <summary>The 18-character resident ID number; null for a person without one (see <see cref="NoIdReason"/>).</summary>
    public string? IdNumber { get; private set; }

    public string? NoIdReason { get; private set; }

    /// <summary>The ID number's last four characters, indexed for "后四位" searches.</summary>
    public string? IdTail { get; private set; }

    /// <summary>The phone's last four digits, indexed likewise.</summary>
    public string? PhoneTail { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public string? Phone { get; private set; }

    public string? RegisteredAddress { get; private set; }

    public string? CurrentAddress { get; private set; }

    public string? Village { get; private set; }

    public bool IsArchived { get; private set; }

    public DateTime? ArchivedAt { get; private set; }

    public string? ArchiveReason { get; private set; }

    /// <summary>Made by the demo seeder; a production start refuses a database that holds such records.</summary>
    public bool IsDemo { get; init; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<CategoryHolding> Categories => _categories;

    public IReadOnlyList<StationTransfer> Transfers => _transfers;

    /// <summary>The physiological, psychological and social sections of the archive.</summary>
    public ClientProfile Profile { get; private set; } = new();

    public IReadOnlyList<ClientNeed> Needs => _needs;

    /// <summary>When the archive first became complete (建档完成), which credited the ARCHIVE indicator; it is credited once, whatever happens later.</summary>
    public DateTime? ArchiveCompletedAt { get; private set; }

    /// <summary>Who completed the archive: the worker credited with it.</summary>
    public string? ArchiveCompletedBy { get; private set; }

    /// <summary>
    /// What the archive still lacks, section by section (empty when complete). The tender's 建档 covers the basic,
    /// physiological, psychological and social situation and the needs: each section needs its core facts filled.
    /// </summary>
    public IReadOnlyList<string> MissingForCompletion()
    {
        var missing = new List<string>();
        if (CurrentAddress is null && RegisteredAddress is null)
        {
            missing.Add("基本情况：现居住地址或户籍地址");
        }

        if (Profile.Health is null)
        {
            missing.Add("生理状况：健康状况");
        }

        if (Profile.SelfCare is null)
        {
            missing.Add("生理状况：自理能力");
        }

        if (Profile.Psychological is null)
        {
            missing.Add("心理状况");
        }

        if (Profile.FamilyStructure is null)
        {
            missing.Add("社会状况：家庭结构");
        }

        if (Profile.IncomeSources is null)
        {
            missing.Add("社会状况：收入来源");
        }

        if (Profile.Housing is null)
        {
            missing.Add("社会状况：住房情况");
        }

        if (_needs.Count == 0)
        {
            missing.Add("需求：至少记录一项需求");
        }

        return missing;
    }

    /// <summary>Marks the archive complete the first time nothing is missing; true only on that first time, when the credit is due.</summary>
    public bool CompleteArchiveIfReady(string? byUserId, DateTime now)
    {
        if (ArchiveCompletedAt is not null || MissingForCompletion().Count > 0)
        {
            return false;
        }

        ArchiveCompletedAt = now;
        ArchiveCompletedBy = byUserId;
        return true;
    }

    public void SetProfile(ClientProfile profile, DateTime now)
    {
        Profile.Health = Clean(profile.Health);
        Profile.ChronicIllness = Clean(profile.ChronicIllness);
        Profile.Disability = Clean(profile.Disability);
        Profile.SelfCare = profile.SelfCare;
        Profile.Psychological = Clean(profile.Psychological);
        Profile.FamilyStructure = Clean(profile.FamilyStructure);
        Profile.Guardian = Clean(profile.Guardian);
        Profile.IncomeSources = Clean(profile.IncomeSources);
        Profile.Housing = Clean(profile.Housing);
        Profile.SupportNetwork = Clean(profile.SupportNetwork);
        UpdatedAt = now;
    }

    public ClientNeed AddNeed(string kind, string description, NeedPriority priority, string? source, DateTime now)
    {
        var need = new ClientNeed(kind, description, priority, source, now);
        _needs.Add(need);
        UpdatedAt = now;
        return need;
    }

    /// <summary>Moves the archive to another station, keeping where it was, when, by whom and why.</summary>
    public void TransferTo(string stationId, string reason, string? byUser, DateTime now)
    {
        if (stationId == StationId)
        {
            throw new BusinessRuleException("该服务对象已在这个站点。", "stationId");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException("请说明转移原因（如迁居）。", "reason");
        }

        _transfers.Add(new StationTransfer(StationId, stationId, now, byUser, reason.Trim()));
        StationId = stationId;
        UpdatedAt = now;
    }

    /// <summary>Archives (归档) the client: they leave lists and searches; the record and its history stay.</summary>
    public void Archive(string reason, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException("请说明归档原因（如死亡、迁出、不再符合条件）。", "reason");
        }

        if (IsArchived)
        {
            throw new BusinessRuleException("该服务对象已经归档。", "reason");
        }

        IsArchived = true;
        ArchivedAt = now;
        ArchiveReason = reason.Trim();
        UpdatedAt = now;
    }

    public void Restore(DateTime now)
    {
        IsArchived = false;
        ArchivedAt = null;
        ArchiveReason = null;
        UpdatedAt = now;
    }

    /// <summary>
    /// Sets who the person is. With an ID number, sex and birth date come from it and must agree with what
    /// was entered; without one, a reason is required (an unidentified homeless person, a foreign national).
    /// </summary>
    public void SetIdentity(string name, ResidentIdNumber? id, string? noIdReason, Sex sex, DateOnly? birthDate)
    {
        if (id is not null)
        {
            if (id.Sex != sex)
            {
                throw new BusinessRuleException($"性别与身份证号不符：按身份证号应为{(id.Sex == Sex.Male ? "男" : "女")}。", "sex");
            }

            if (birthDate is { } entered && entered != id.BirthDate)
            {
                throw new BusinessRuleException($"出生日期与身份证号不符：按身份证号应为 {id.BirthDate:yyyy-MM-dd}。", "birthDate");
            }

            IdNumber = id.Value;
            IdTail = id.Value[^4..];
            NoIdReason = null;
            BirthDate = id.BirthDate;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(noIdReason))
            {
                throw new BusinessRuleException("请填写身份证号；确实没有的，请说明原因（如身份不明的流浪人员、外籍人士）。", "idNumber");
            }

            IdNumber = null;
            IdTail = null;
            NoIdReason = noIdReason.Trim();
            BirthDate = birthDate;
        }

        Name = name.Trim();
        Sex = sex;
    }

    public void SetContact(string? ethnicity, string? phone, string? registeredAddress, string? currentAddress, string? village)
    {
        Ethnicity = Clean(ethnicity);
        Phone = Clean(phone);
        PhoneTail = Phone is { Length: >= 4 } ? Phone[^4..] : null;
        RegisteredAddress = Clean(registeredAddress);
        CurrentAddress = Clean(currentAddress);
        Village = Clean(village);
    }

    /// <summary>Makes the categories held today exactly <paramref name="codes"/>: new ones start today, dropped ones end yesterday.</summary>
    public bool SetCurrentCategories(IReadOnlyCollection<string> codes, DateOnly today, string? basis)
    {
        var unknown = codes.FirstOrDefault(c => !ClientCategories.IsKnown(c));
        if (unknown is not null)
        {
            throw new BusinessRuleException($"没有“{unknown}”这个类别，请从列表中选择。", "categories");
        }

        var changed = false;
        foreach (var holding in _categories.Where(h => h.IsHeldOn(today) && !codes.Contains(h.Code)).ToList())
        {
            // Ended the day after it began it still held that day; one added and removed on the same day never held.
            if (holding.StartDate >= today)
            {
                _categories.Remove(holding);
            }
            else
            {
                holding.End(today.AddDays(-1));
            }

            changed = true;
        }

        foreach (var code in codes.Distinct().Where(code => !_categories.Any(h => h.Code == code && h.IsHeldOn(today))))
        {
            _categories.Add(new CategoryHolding(code, today, basis));
            changed = true;
        }

        return changed;
    }

    public IReadOnlyList<string> CategoriesOn(DateOnly day) => _categories.Where(h => h.IsHeldOn(day)).Select(h => h.Code).Distinct().ToList();

    public void Touch(DateTime now) => UpdatedAt = now;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A move of a client's archive from one station to another.</summary>
internal sealed class StationTransfer
{
    private StationTransfer()
    {
    }

    public StationTransfer(string fromStationId, string toStationId, DateTime at, string? byUser, string reason)
    {
        FromStationId = fromStationId;
        ToStationId = toStationId;
        At = at;
        ByUser = byUser;
        Reason = reason;
    }

    public long Id { get; private set; }

    public string FromStationId { get; private set; } = "";

    public string ToStationId { get; private set; } = "";

    public DateTime At { get; private set; }

    public string? ByUser { get; private set; }

    public string Reason { get; private set; } = "";
}

/// <summary>A category a client holds from a date, until a date (or still), on a basis.</summary>
internal sealed class CategoryHolding
{
    private CategoryHolding()
    {
    }

    public CategoryHolding(string code, DateOnly start, string? basis)
    {
        Code = code;
        StartDate = start;
        Basis = basis;
    }

    public long Id { get; private set; }

    public string Code { get; private set; } = "";

    public DateOnly StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public string? Basis { get; private set; }

    public bool IsHeldOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate >= day);

    public void End(DateOnly last) => EndDate = last < StartDate ? StartDate : last;
}
