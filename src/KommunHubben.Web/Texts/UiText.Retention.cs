namespace KommunHubben.Web.Texts;

/// <summary>Strings of the retention page (Pages/Admin/Retention): the schedule, legal holds and the deletion log.</summary>
public sealed partial class UiText
{
    public string RetentionKind(string code) => Label("RetentionKind", code);

    public string NavRetention => Text("Retention.NavRetention");
    public string RetentionTitle => Text("RetentionTitle");
    public string RetentionIntro => Text("RetentionIntro");
    public string RetentionScheduleHeading => Text("RetentionScheduleHeading");
    public string RetentionKindHeading => Text("RetentionKindHeading");
    public string RetentionPeriodHeading => Text("RetentionPeriodHeading");
    public string RetentionMonths(int? months) => months is { } m ? Format("RetentionMonths", m) : Text("RetentionMonths2");
    public string RetentionDays(int? days) => days is { } d ? Format("RetentionDays", d) : Text("RetentionDays2");
    public string RetentionHours(double hours) => Format("RetentionHours", hours);
    public string HoldsHeading => Text("Retention.HoldsHeading");
    public string NoHolds => Text("Retention.NoHolds");
    public string SetHoldHeading => Text("Retention.SetHoldHeading");
    public string SetHoldHint => Text("Retention.SetHoldHint");
    public string HoldReasonHint => Text("Retention.HoldReasonHint");
    public string SetHold => Text("Retention.SetHold");
    public string LiftHold => Text("Retention.LiftHold");
    public string LiftHoldLabel(string caseLabel) => Format("Retention.LiftHoldLabel", caseLabel);
    public string ConfirmLiftText => Text("Retention.ConfirmLiftText");
    public string MustConfirm => Text("Retention.MustConfirm");
    public string HoldSet(string caseLabel) => Format("Retention.HoldSet", caseLabel);
    public string HoldLifted(string caseLabel) => Format("Retention.HoldLifted", caseLabel);
    public string HoldNotFound => Text("Retention.HoldNotFound");
    public string SetByHeading => Text("Retention.SetByHeading");
    public string RetentionLogHeading => Text("RetentionLogHeading");
    public string RetentionLogEmpty => Text("RetentionLogEmpty");
    public string CountHeading => Text("Retention.CountHeading");
}
