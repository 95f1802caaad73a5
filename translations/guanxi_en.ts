<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
            <numerusform>%n created customer was kept because other customers were merged into them.</numerusform>
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
            <numerusform>Nothing was imported: %n row has problems, listed below with their line and column. Fix them in the file and import again, or use Change Options to import the valid rows.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems, listed below with their line and column. Fix them in the file and import again, or use Change Options to import the valid rows.</numerusform>
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
</TS>
