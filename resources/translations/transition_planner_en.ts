<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Banner</name>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/banner.py" line="94"/>
        <source>This workspace holds %n plan(s), among them the examples: {0}. Pick one on the left to see its tables, its timeline and its gaps; start your own with File → New plan from template (Ctrl+Shift+N).</source>
        <translation>
            <numerusform>This workspace holds %n plan, among them the examples: {0}. Pick one on the left to see its tables, its timeline and its gaps; start your own with File → New plan from template (Ctrl+Shift+N).</numerusform>
            <numerusform>This workspace holds %n plans, among them the examples: {0}. Pick one on the left to see its tables, its timeline and its gaps; start your own with File → New plan from template (Ctrl+Shift+N).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/banner.py" line="102"/>
        <source>This workspace holds %n plan(s). Pick one on the left to see its tables, its timeline and its gaps.</source>
        <translation>
            <numerusform>This workspace holds %n plan. Pick one on the left to see its tables, its timeline and its gaps.</numerusform>
            <numerusform>This workspace holds %n plans. Pick one on the left to see its tables, its timeline and its gaps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/details.py" line="54"/>
        <source>No handover is overdue, without a receiver or due in the next %n days.</source>
        <translation>
            <numerusform>No handover is overdue, without a receiver or due in the next %n days.</numerusform>
            <numerusform>No handover is overdue, without a receiver or due in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/details.py" line="93"/>
        <source>… and %n more handover(s) that need action.</source>
        <translation>
            <numerusform>… and %n more handover that need action.</numerusform>
            <numerusform>… and %n more handovers that need action.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/details.py" line="112"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/details.py" line="117"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/details.py" line="200"/>
        <source>%n year(s) with funding lines not shown.</source>
        <translation>
            <numerusform>%n year with funding lines not shown.</numerusform>
            <numerusform>%n years with funding lines not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/overview.py" line="176"/>
        <source>… and %n more presence(s).</source>
        <translation>
            <numerusform>… and %n more presence.</numerusform>
            <numerusform>… and %n more presences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/overview.py" line="202"/>
        <source>The most severe of the plan&apos;s %n finding(s), those not over on {day} first.</source>
        <translation>
            <numerusform>The most severe of the plan&apos;s %n finding, those not over on {day} first.</numerusform>
            <numerusform>The most severe of the plan&apos;s %n findings, those not over on {day} first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/brief/overview.py" line="241"/>
        <source>%n more finding(s): see the workbook&apos;s Gaps sheet or the Gaps panel.</source>
        <translation>
            <numerusform>%n more finding: see the workbook&apos;s Gaps sheet or the Gaps panel.</numerusform>
            <numerusform>%n more findings: see the workbook&apos;s Gaps sheet or the Gaps panel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="429"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="430"/>
        <source>%n high</source>
        <translation>
            <numerusform>%n high</numerusform>
            <numerusform>%n high</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="431"/>
        <source>%n medium</source>
        <translation>
            <numerusform>%n medium</numerusform>
            <numerusform>%n medium</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="432"/>
        <source>%n low</source>
        <translation>
            <numerusform>%n low</numerusform>
            <numerusform>%n low</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/cli.py" line="433"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="41"/>
        <source>%n day(s) ({start} – {end})</source>
        <translation>
            <numerusform>%n day ({start} – {end})</numerusform>
            <numerusform>%n days ({start} – {end})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="81"/>
        <source>{function}: a break of {span} between {before} and {after} is read as a data-entry seam (at most %n day(s)), not as a gap</source>
        <translation>
            <numerusform>{function}: a break of {span} between {before} and {after} is read as a data-entry seam (at most %n day), not as a gap</numerusform>
            <numerusform>{function}: a break of {span} between {before} and {after} is read as a data-entry seam (at most %n days), not as a gap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="139"/>
        <source>{function} handed over cold from {giver} to {receiver}: no overlap (%n day(s) required)</source>
        <translation>
            <numerusform>{function} handed over cold from {giver} to {receiver}: no overlap (%n day required)</numerusform>
            <numerusform>{function} handed over cold from {giver} to {receiver}: no overlap (%n days required)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="146"/>
        <source>{function} handed over cold from {giver} to {receiver}: {overlap} of overlap (%n day(s) required)</source>
        <translation>
            <numerusform>{function} handed over cold from {giver} to {receiver}: {overlap} of overlap (%n day required)</numerusform>
            <numerusform>{function} handed over cold from {giver} to {receiver}: {overlap} of overlap (%n days required)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="156"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="221"/>
        <source>Headquarters lead moves from {old_lead} ({old_presence}) to {new_lead} ({new_presence}) with %n day(s) of overlap</source>
        <translation>
            <numerusform>Headquarters lead moves from {old_lead} ({old_presence}) to {new_lead} ({new_presence}) with %n day of overlap</numerusform>
            <numerusform>Headquarters lead moves from {old_lead} ({old_presence}) to {new_lead} ({new_presence}) with %n days of overlap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="233"/>
        <source>{presence} ({kind}) ends on {end}, %n day(s) before the election “{election}” ({day})</source>
        <translation>
            <numerusform>{presence} ({kind}) ends on {end}, %n day before the election “{election}” ({day})</numerusform>
            <numerusform>{presence} ({kind}) ends on {end}, %n days before the election “{election}” ({day})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="248"/>
        <source>{presence} has %n day(s) from the start of its drawdown ({start}) to its end ({end}): less than a year to hand over its tasks</source>
        <translation>
            <numerusform>{presence} has %n day from the start of its drawdown ({start}) to its end ({end}): less than a year to hand over its tasks</numerusform>
            <numerusform>{presence} has %n days from the start of its drawdown ({start}) to its end ({end}): less than a year to hand over its tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="261"/>
        <source>{item} is due {due}, %n day(s) after {presence} has closed ({end}): nobody is left to hand it over</source>
        <translation>
            <numerusform>{item} is due {due}, %n day after {presence} has closed ({end}): nobody is left to hand it over</numerusform>
            <numerusform>{item} is due {due}, %n days after {presence} has closed ({end}): nobody is left to hand it over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="290"/>
        <source>{item} was due {due} and is still {status} on {as_of}, %n day(s) late; answerable: {owner}</source>
        <translation>
            <numerusform>{item} was due {due} and is still {status} on {as_of}, %n day late; answerable: {owner}</numerusform>
            <numerusform>{item} was due {due} and is still {status} on {as_of}, %n days late; answerable: {owner}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/domain/sentences.py" line="297"/>
        <source>{item} was due {due} and is still {status} on {as_of}, %n day(s) late; nobody is named answerable</source>
        <translation>
            <numerusform>{item} was due {due} and is still {status} on {as_of}, %n day late; nobody is named answerable</numerusform>
            <numerusform>{item} was due {due} and is still {status} on {as_of}, %n days late; nobody is named answerable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapsPanel</name>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/gaps_panel.py" line="240"/>
        <source>%n of {0} shown</source>
        <translation>
            <numerusform>%n of {0} shown</numerusform>
            <numerusform>%n of {0} shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/operations.py" line="261"/>
        <source>%n problem(s); nothing was changed:</source>
        <extracomment>True while an operation runs. An operation ended (after its callback ran, or when it was cancelled).</extracomment>
        <translation>
            <numerusform>%n problem; nothing was changed:</numerusform>
            <numerusform>%n problems; nothing was changed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/operations.py" line="268"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanFlows</name>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/plan_flows.py" line="129"/>
        <source>Delete the plan “{0}” with its %n assignment(s)? You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Delete the plan “{0}” with its %n assignment? You can undo this with Edit → Undo.</numerusform>
            <numerusform>Delete the plan “{0}” with its %n assignments? You can undo this with Edit → Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message numerus="yes">
        <location filename="../../src/transition_planner/services/planning.py" line="523"/>
        <source>`{prog} backups` lists its %n backup(s), the latest being {latest}</source>
        <translation>
            <numerusform>`{prog} backups` lists its %n backup, the latest being {latest}</numerusform>
            <numerusform>`{prog} backups` lists its %n backups, the latest being {latest}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="111"/>
        <source>Duplicate %n presence(s)</source>
        <translation>
            <numerusform>Duplicate %n presence</numerusform>
            <numerusform>Duplicate %n presences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="114"/>
        <source>Delete %n presence(s)</source>
        <translation>
            <numerusform>Delete %n presence</numerusform>
            <numerusform>Delete %n presences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="165"/>
        <source>Duplicate %n actor(s)</source>
        <translation>
            <numerusform>Duplicate %n actor</numerusform>
            <numerusform>Duplicate %n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="166"/>
        <source>Delete %n actor(s)</source>
        <translation>
            <numerusform>Delete %n actor</numerusform>
            <numerusform>Delete %n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="219"/>
        <source>Duplicate %n function(s)</source>
        <translation>
            <numerusform>Duplicate %n function</numerusform>
            <numerusform>Duplicate %n functions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="222"/>
        <source>Delete %n function(s)</source>
        <translation>
            <numerusform>Delete %n function</numerusform>
            <numerusform>Delete %n functions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="296"/>
        <source>Duplicate %n assignment(s)</source>
        <translation>
            <numerusform>Duplicate %n assignment</numerusform>
            <numerusform>Duplicate %n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="299"/>
        <source>Delete %n assignment(s)</source>
        <translation>
            <numerusform>Delete %n assignment</numerusform>
            <numerusform>Delete %n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="327"/>
        <source>Duplicate %n milestone(s)</source>
        <translation>
            <numerusform>Duplicate %n milestone</numerusform>
            <numerusform>Duplicate %n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/table_specs.py" line="330"/>
        <source>Delete %n milestone(s)</source>
        <translation>
            <numerusform>Delete %n milestone</numerusform>
            <numerusform>Delete %n milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/register_tables.py" line="124"/>
        <source>Duplicate %n handover(s)</source>
        <translation>
            <numerusform>Duplicate %n handover</numerusform>
            <numerusform>Duplicate %n handovers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/register_tables.py" line="127"/>
        <source>Delete %n handover(s)</source>
        <translation>
            <numerusform>Delete %n handover</numerusform>
            <numerusform>Delete %n handovers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/register_tables.py" line="211"/>
        <source>Duplicate %n funding line(s)</source>
        <translation>
            <numerusform>Duplicate %n funding line</numerusform>
            <numerusform>Duplicate %n funding lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/register_tables.py" line="214"/>
        <source>Delete %n funding line(s)</source>
        <translation>
            <numerusform>Delete %n funding line</numerusform>
            <numerusform>Delete %n funding lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="146"/>
        <source>{0} ({1}): %n day(s)</source>
        <translation>
            <numerusform>{0} ({1}): %n day</numerusform>
            <numerusform>{0} ({1}): %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="176"/>
        <source>Bridged break: %n day(s), a seam, not a gap</source>
        <translation>
            <numerusform>Bridged break: %n day, a seam, not a gap</numerusform>
            <numerusform>Bridged break: %n days, a seam, not a gap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="195"/>
        <source>Outside its presence ({0}): %n day(s)</source>
        <translation>
            <numerusform>Outside its presence ({0}): %n day</numerusform>
            <numerusform>Outside its presence ({0}): %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/timeline_text.py" line="205"/>
        <source>Drawdown %n day(s) before an election ({0})</source>
        <translation>
            <numerusform>Drawdown %n day before an election ({0})</numerusform>
            <numerusform>Drawdown %n days before an election ({0})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbookFlows</name>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="112"/>
        <source>%n problem(s); nothing was imported:</source>
        <translation>
            <numerusform>%n problem; nothing was imported:</numerusform>
            <numerusform>%n problems; nothing was imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/workbook_flows.py" line="227"/>
        <source>%n warning(s):</source>
        <translation>
            <numerusform>%n warning:</numerusform>
            <numerusform>%n warnings:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceSession</name>
    <message numerus="yes">
        <location filename="../../src/transition_planner/ui/session.py" line="245"/>
        <source>{0} (and %n more)</source>
        <translation>
            <numerusform>{0} (and %n more)</numerusform>
            <numerusform>{0} (and %n more)</numerusform>
        </translation>
    </message>
</context>
</TS>
