<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupCrypto</name>
    <message numerus="yes">
        <source>A backup passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>A backup passphrase needs at least %n character.</numerusform>
            <numerusform>A backup passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>wrote %n follow-ups to %1</source>
        <translation>
            <numerusform>wrote %n follow-up to %1</numerusform>
            <numerusform>wrote %n follow-ups to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers written to %1</source>
        <translation>
            <numerusform>%n customer written to %1</numerusform>
            <numerusform>%n customers written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more values kept that need checking.</source>
        <translation>
            <numerusform>... and %n more value kept that needs checking.</numerusform>
            <numerusform>... and %n more values kept that need checking.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n customer(s) on %1)</source>
        <translation>
            <numerusform>(%n customer on %1)</numerusform>
            <numerusform>(%n customers on %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n rate(s).</source>
        <translation>
            <numerusform>imported %n rate.</numerusform>
            <numerusform>imported %n rates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No rate: %n order(s) or deal(s) in %1 dated %2 to %3</source>
        <translation>
            <numerusform>No rate: %n order or deal in %1 dated %2 to %3</numerusform>
            <numerusform>No rate: %n orders or deals in %1 dated %2 to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 row(s) are invalid; nothing was imported. Fix them, or use --skip-invalid --rejects FILE to import the valid rows.</source>
        <translation>
            <numerusform>%n of %1 rows is invalid; nothing was imported. Fix it, or use --skip-invalid --rejects FILE to import the valid rows.</numerusform>
            <numerusform>%n of %1 rows are invalid; nothing was imported. Fix them, or use --skip-invalid --rejects FILE to import the valid rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New backup passphrase (at least %n characters): </source>
        <translation>
            <numerusform>New backup passphrase (at least %n character): </numerusform>
            <numerusform>New backup passphrase (at least %n characters): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s after earlier wrong passwords…</source>
        <translation>
            <numerusform>Waiting %n s after earlier wrong passwords…</numerusform>
            <numerusform>Waiting %n s after earlier wrong passwords…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurrencyRateImport</name>
    <message numerus="yes">
        <source>%n row(s) of %1 cannot be read, so nothing was imported. Correct them and import again:
%2</source>
        <translation>
            <numerusform>%n row of %1 cannot be read, so nothing was imported. Correct it and import again:
%2</numerusform>
            <numerusform>%n rows of %1 cannot be read, so nothing was imported. Correct them and import again:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurrencyRates</name>
    <message numerus="yes">
        <source>%n order(s) in %1 dated %2, not counted: no rate for that day. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</source>
        <translation>
            <numerusform>%n order in %1 dated %2, not counted: no rate for that day. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</numerusform>
            <numerusform>%n orders in %1 dated %2, not counted: no rate for that day. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) in %1 dated %2 to %3, not counted: no rate for those days. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</source>
        <translation>
            <numerusform>%n order in %1 dated %2 to %3, not counted: no rate for those days. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</numerusform>
            <numerusform>%n orders in %1 dated %2 to %3, not counted: no rate for those days. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1 due %2, not counted: no rate for that day. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</source>
        <translation>
            <numerusform>%n deal in %1 due %2, not counted: no rate for that day. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</numerusform>
            <numerusform>%n deals in %1 due %2, not counted: no rate for that day. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1 due %2 to %3, not counted: no rate for those days. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</source>
        <translation>
            <numerusform>%n deal in %1 due %2 to %3, not counted: no rate for those days. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</numerusform>
            <numerusform>%n deals in %1 due %2 to %3, not counted: no rate for those days. Add a rate for %1 valid from %2 or earlier in Tools › Currency Rates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) won</source>
        <translation>
            <numerusform>%n deal won</numerusform>
            <numerusform>%n deals won</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Won of %n deal(s) closed in the last 90 days</source>
        <translation>
            <numerusform>Won of %n deal closed in the last 90 days</numerusform>
            <numerusform>Won of %n deals closed in the last 90 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataQuality</name>
    <message numerus="yes">
        <source>Changed or contacted in the last %n month(s).</source>
        <translation>
            <numerusform>Changed or contacted in the last %n month.</numerusform>
            <numerusform>Changed or contacted in the last %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataQualityStore</name>
    <message numerus="yes">
        <source>%n invalid address(es), not shown for a customer in the public pool</source>
        <translation>
            <numerusform>%n invalid address, not shown for a customer in the public pool</numerusform>
            <numerusform>%n invalid addresses, not shown for a customer in the public pool</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealStore</name>
    <message numerus="yes">
        <source>%n deal(s) are in the stage “%1”. Move them to another stage first; nothing was removed.</source>
        <translation>
            <numerusform>%n deal is in the stage “%1”. Move it to another stage first; nothing was removed.</numerusform>
            <numerusform>%n deals are in the stage “%1”. Move them to another stage first; nothing was removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRevert</name>
    <message numerus="yes">
        <source>Import %1 (“%2”) cannot be reverted by you: %n of its customers now belong to another salesperson. Ask them or a manager to revert it.</source>
        <translation>
            <numerusform>Import %1 (“%2”) cannot be reverted by you: %n of its customers now belongs to another salesperson. Ask them or a manager to revert it.</numerusform>
            <numerusform>Import %1 (“%2”) cannot be reverted by you: %n of its customers now belong to another salesperson. Ask them or a manager to revert it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message numerus="yes">
        <source>“%1” has %n sheet(s); there is no sheet %2.</source>
        <translation>
            <numerusform>“%1” has %n sheet; there is no sheet %2.</numerusform>
            <numerusform>“%1” has %n sheets; there is no sheet %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message numerus="yes">
        <source>After wrong passwords, “%1” must wait %n more second(s) before the next try.</source>
        <translation>
            <numerusform>After wrong passwords, “%1” must wait %n more second before the next try.</numerusform>
            <numerusform>After wrong passwords, “%1” must wait %n more seconds before the next try.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolStore</name>
    <message numerus="yes">
        <source>You hold %n lead(s) and customer(s), the most anyone may hold when claiming (%1). Release or convert some first, or ask a manager to raise the limit.</source>
        <translation>
            <numerusform>You hold %n lead or customer, the most anyone may hold when claiming (%1). Release or convert it first, or ask a manager to raise the limit.</numerusform>
            <numerusform>You hold %n leads and customers, the most anyone may hold when claiming (%1). Release or convert some first, or ask a manager to raise the limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n lead(s) and customer(s); %2 more would pass the limit of %3. Assign fewer, or raise the limit in the pool rules.</source>
        <translation>
            <numerusform>%1 holds %n lead or customer; %2 more would pass the limit of %3. Assign fewer, or raise the limit in the pool rules.</numerusform>
            <numerusform>%1 holds %n leads and customers; %2 more would pass the limit of %3. Assign fewer, or raise the limit in the pool rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no follow-up for %n day(s) (last activity %1)</source>
        <translation>
            <numerusform>no follow-up for %n day (last activity %1)</numerusform>
            <numerusform>no follow-up for %n days (last activity %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no won deal for %n day(s) (since %1)</source>
        <translation>
            <numerusform>no won deal for %n day (since %1)</numerusform>
            <numerusform>no won deal for %n days (since %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Receivables</name>
    <message numerus="yes">
        <source>Total owed: %1 %2 on %n order(s)</source>
        <translation>
            <numerusform>Total owed: %1 %2 on %n order</numerusform>
            <numerusform>Total owed: %1 %2 on %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message numerus="yes">
        <source>Photos were not imported (%n contact(s) had one).</source>
        <translation>
            <numerusform>Photos were not imported (%n contact had one).</numerusform>
            <numerusform>Photos were not imported (%n contacts had one).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) were not listed.</source>
        <translation>
            <numerusform>%n more problem was not listed.</numerusform>
            <numerusform>%n more problems were not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalCheck</name>
    <message numerus="yes">
        <source>frame %1 of %2 is damaged, and %n committed change(s) after it could not be read</source>
        <translation>
            <numerusform>frame %1 of %2 is damaged, and %n committed change after it could not be read</numerusform>
            <numerusform>frame %1 of %2 is damaged, and %n committed changes after it could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::TodayModel</name>
    <message numerus="yes">
        <source>Next %n day(s) (%1)</source>
        <translation>
            <numerusform>Next %n day (%1)</numerusform>
            <numerusform>Next %n days (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::AuditPage</name>
    <message numerus="yes">
        <source>The newest %n event(s); narrow the dates to see older ones</source>
        <translation>
            <numerusform>The newest %n event; narrow the dates to see older ones</numerusform>
            <numerusform>The newest %n events; narrow the dates to see older ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %n event to “%1”.</numerusform>
            <numerusform>Exported %n events to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::CurrencyRatesDialog</name>
    <message numerus="yes">
        <source>%n rate(s) imported from %1.</source>
        <translation>
            <numerusform>%n rate imported from %1.</numerusform>
            <numerusform>%n rates imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s) or deal(s) dated %2 to %3 without a rate, left out of sums.</source>
        <translation>
            <numerusform>%1: %n order or deal dated %2 to %3 without a rate, left out of sums.</numerusform>
            <numerusform>%1: %n orders or deals dated %2 to %3 without a rate, left out of sums.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::CustomersPage</name>
    <message numerus="yes">
        <source>Assigned %n customer(s).</source>
        <translation>
            <numerusform>Assigned %n customer.</numerusform>
            <numerusform>Assigned %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %n customer(s) to the public pool.</source>
        <translation>
            <numerusform>Released %n customer to the public pool.</numerusform>
            <numerusform>Released %n customers to the public pool.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::DataQualityPage</name>
    <message numerus="yes">
        <source>%n customer(s) failing “%1”. Double-click one to edit it; Alt+Down in the form moves to the next.</source>
        <translation>
            <numerusform>%n customer failing “%1”. Double-click one to edit it; Alt+Down in the form moves to the next.</numerusform>
            <numerusform>%n customers failing “%1”. Double-click one to edit it; Alt+Down in the form moves to the next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out of 100. %n customer(s) checked on %1.</source>
        <translation>
            <numerusform>Out of 100. %n customer checked on %1.</numerusform>
            <numerusform>Out of 100. %n customers checked on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::DeactivateDialog</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n open lead</numerusform>
            <numerusform>%n open leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n group(s) of customers look like the same person or company. Choose the values to keep and merge: orders, deals, follow-ups and history move to the kept record, and the other goes to the trash. A merge can be undone under Merges.</source>
        <translation>
            <numerusform>%n group of customers looks like the same person or company. Choose the values to keep and merge: orders, deals, follow-ups and history move to the kept record, and the other goes to the trash. A merge can be undone under Merges.</numerusform>
            <numerusform>%n groups of customers look like the same person or company. Choose the values to keep and merge: orders, deals, follow-ups and history move to the kept record, and the other goes to the trash. A merge can be undone under Merges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::FunnelPage</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::ImportHistoryDialog</name>
    <message numerus="yes">
        <source>%n created customer(s) were kept because other customers were merged into them.</source>
        <translation>
            <numerusform>%n created customer was kept because other customers were merged into it.</numerusform>
            <numerusform>%n created customers were kept because other customers were merged into them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::ImportWizard</name>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>About %n second left</numerusform>
            <numerusform>About %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>About %n minute left</numerusform>
            <numerusform>About %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company record(s) were added for the companies people work at.</source>
        <translation>
            <numerusform>%n company record was added for the companies people work at.</numerusform>
            <numerusform>%n company records were added for the companies people work at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company record(s) would be added for the companies people work at.</source>
        <translation>
            <numerusform>%n company record would be added for the companies people work at.</numerusform>
            <numerusform>%n company records would be added for the companies people work at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems, listed below with their line and column. Fix them in the file and import again, or use Change Options to import the valid rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems, listed below with its line and column. Fix it in the file and import again, or use Change Options to import the valid rows.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems, listed below with their line and column. Fix them in the file and import again, or use Change Options to import the valid rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) added for names Guanxi did not know.</source>
        <translation>
            <numerusform>%n new customer added for names Guanxi did not know.</numerusform>
            <numerusform>%n new customers added for names Guanxi did not know.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s) would be added for names Guanxi does not know.</source>
        <translation>
            <numerusform>%n new customer would be added for names Guanxi does not know.</numerusform>
            <numerusform>%n new customers would be added for names Guanxi does not know.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were kept as written but need checking, such as phone numbers that could not be verified; they are listed below.</source>
        <translation>
            <numerusform>%n value was kept as written but needs checking, such as a phone number that could not be verified; it is listed below.</numerusform>
            <numerusform>%n values were kept as written but need checking, such as phone numbers that could not be verified; they are listed below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::LoginDialog</name>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Wait %n s</numerusform>
            <numerusform>Wait %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n lead(s). Tools → Import History can revert it.</source>
        <translation>
            <numerusform>Imported %n lead. Tools → Import History can revert it.</numerusform>
            <numerusform>Imported %n leads. Tools → Import History can revert it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln customer to “%1”.</numerusform>
            <numerusform>Exported %Ln customers to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s), e.g. new assignments</source>
        <translation>
            <numerusform>%n unread message, e.g. new assignments</numerusform>
            <numerusform>%n unread messages, e.g. new assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the public pool, free to claim</source>
        <translation>
            <numerusform>%n record in the public pool, free to claim</numerusform>
            <numerusform>%n records in the public pool, free to claim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the trash</source>
        <translation>
            <numerusform>%n record in the trash</numerusform>
            <numerusform>%n records in the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) and customer(s) went back to the public pool under the reclaim rules; see the Inbox for why.</source>
        <translation>
            <numerusform>%n lead or customer went back to the public pool under the reclaim rules; see the Inbox for why.</numerusform>
            <numerusform>%n leads and customers went back to the public pool under the reclaim rules; see the Inbox for why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n follow-up(s) (up to %1) to “%2”. Import the file in Thunderbird, Outlook or your phone&apos;s calendar.</source>
        <translation>
            <numerusform>Exported %n follow-up (up to %1) to “%2”. Import the file in Thunderbird, Outlook or your phone&apos;s calendar.</numerusform>
            <numerusform>Exported %n follow-ups (up to %1) to “%2”. Import the file in Thunderbird, Outlook or your phone&apos;s calendar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n order(s). Tools → Import History can revert it.</source>
        <translation>
            <numerusform>Imported %n order. Tools → Import History can revert it.</numerusform>
            <numerusform>Imported %n orders. Tools → Import History can revert it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::OrdersPage</name>
    <message numerus="yes">
        <source>%n in all.</source>
        <translation>
            <numerusform>%n in all.</numerusform>
            <numerusform>%n in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::PassphraseDialog</name>
    <message numerus="yes">
        <source>At least %n characters. Keep the passphrase somewhere safe: if it is lost, nobody can restore the backup, and Guanxi cannot recover it.</source>
        <translation>
            <numerusform>At least %n character. Keep the passphrase somewhere safe: if it is lost, nobody can restore the backup, and Guanxi cannot recover it.</numerusform>
            <numerusform>At least %n characters. Keep the passphrase somewhere safe: if it is lost, nobody can restore the backup, and Guanxi cannot recover it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::PoolPage</name>
    <message numerus="yes">
        <source>%n record(s) wait in the pool. Double-click or press Claim to make one yours.</source>
        <translation>
            <numerusform>%n record waits in the pool. Double-click or press Claim to make one yours.</numerusform>
            <numerusform>%n records wait in the pool. Double-click or press Claim to make one yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without a follow-up</source>
        <translation>
            <numerusform>%n day without a follow-up</numerusform>
            <numerusform>%n days without a follow-up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without a won deal</source>
        <translation>
            <numerusform>%n day without a won deal</numerusform>
            <numerusform>%n days without a won deal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours returns to the pool in the next %n day(s) (rules: %1).</source>
        <translation>
            <numerusform>Nothing of yours returns to the pool in the next %n day (rules: %1).</numerusform>
            <numerusform>Nothing of yours returns to the pool in the next %n days (rules: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::RfmSegmentDialog</name>
    <message numerus="yes">
        <source>%1 (%Ln customer(s))</source>
        <translation>
            <numerusform>%1 (%Ln customer)</numerusform>
            <numerusform>%1 (%Ln customers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagging %Ln customer(s)…</source>
        <translation>
            <numerusform>Tagging %Ln customer…</numerusform>
            <numerusform>Tagging %Ln customers…</numerusform>
        </translation>
    </message>
</context>
</TS>
