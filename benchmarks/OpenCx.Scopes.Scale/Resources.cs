namespace OpenCx.Scopes.Scale;

/// <summary>The official catalog's resources: the scope id and the generated class name.</summary>
internal static class Resources
{
    public static readonly (string Id, string Class, bool ReadOnly)[] All =
    {
        ("actions", "Actions", false), ("autopilot", "Autopilot", false), ("blocklist", "Blocklist", false),
        ("chat-sessions", "ChatSessions", false), ("contacts", "Contacts", false), ("crawl", "Crawl", false),
        ("csat", "Csat", false), ("email", "Email", false), ("handoff-analytics", "HandoffAnalytics", true),
        ("help-center", "HelpCenter", false), ("insights", "Insights", false), ("office-hours", "OfficeHours", false),
        ("org", "Organization", false), ("phone", "Phone", false), ("redaction", "Redaction", false),
        ("sequences", "Sequences", false), ("sip", "Sip", false), ("tags", "Tags", false), ("teams", "Teams", false),
        ("training", "Training", false), ("whatsapp", "WhatsApp", false), ("widget", "Widget", false),
        ("workflows", "Workflows", false),
    };
}
