<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangeLogStore</name>
    <message>
        <source>Could not record the change in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelStore</name>
    <message>
        <source>Website form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social / WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the source channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the source channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source channel named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the source channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the source channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the source channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source channel “%1”. Known channels: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomField</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is longer than 2,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a number; “%2” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a date like 2026-03-31; “%2” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a choice of “%2”; pick from: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldStore</name>
    <message>
        <source>Could not read the custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice field needs at least one choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListStore</name>
    <message>
        <source>Could not count the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the customer list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the customer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>Could not update the search index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rebuild the search index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up the company “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the cities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company (number %1) does not exist or is in the trash. Pick another company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person can only belong to a company, not to another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the customer “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the company&apos;s people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the contact details of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the tag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 does not exist (it may have been purged from the trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the customers to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not empty the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 is not in the trash; only customers in the trash can be purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not purge “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name: every customer needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; keep it under 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company cannot belong to another company. Clear the company field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot be its own company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; it should look like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” is too long; keep tags under 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The founding date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is before 1800; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date %1 is not plausible; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open “%1”. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is locked by another program that is writing to it. Close that program (another Guanxi window, a backup or sync tool) and open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a readable database; it may be damaged. Restore it from a backup. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only as requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist. Check the path, or create a new database with File &gt; New or `guanxi-cli init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for the database. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Guanxi (data version %2; this version reads up to %3). Update Guanxi to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Guanxi database. Choose another file; this one was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only, so Guanxi opened it for reading only. To make changes, make the file writable and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding the file is read-only, so Guanxi opened it for reading only. Copy the file to a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs upgrading to this version of Guanxi (data version %2 to %3), but it can only be read. Make the file writable and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to this file, so Guanxi opened it for reading only. Close the other program and open the file again to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1” for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare “%1” for use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot initialise “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists already; choose a new file name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a copy to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>Could not check the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the links between records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 points to a missing %3 record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>“%1” is a folder, not a Guanxi database. Choose a .guanxi file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes), so it is not a Guanxi database. Choose another file, or use File &gt; New to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Guanxi database (it is not an SQLite file). Choose another file; this one was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: it ends inside its header. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is shorter than its header says (truncated copy or interrupted download). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Guanxi databases (*.guanxi *.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Schema step %1 is missing from this build of Guanxi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database to version %1; it was left at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>Enter an order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the order date (e.g. 2026-03-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order total cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use three letters such as CNY or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save order “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number: “%2” is not allowed. Use digits, spaces, dashes, brackets and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has %2 digits; a mainland mobile number has 11 (e.g. 138 1234 5678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid international number: a country code never starts with 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has %2 digits with its country code; a phone number has 8 to 15.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The number of customers and orders cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders need customers: ask for at least one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create sample customer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating sample data was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create sample order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewStore</name>
    <message>
        <source>Could not read the saved views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the view “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>Another program is writing to the database. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be changed. Make the file writable and reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Run File &gt; Check database, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>Could not read the team members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the team member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team member with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team member with login “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team member needs a login and a display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login “%1” is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the team member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team member needs a display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the team member.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ui::CustomFieldsDialog</name>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 客户等级, Budget, Contract end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices separated by commas, e.g. A, B, C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the field to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the field “%1” and its values from every customer? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ui::CustomerDialog</name>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. 张伟 or Acme Ltd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a company&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678, 010-8888 6666</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate several with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. VIP, 老客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ext ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and open the previous record (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and open the next record (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Founded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company named “%1”. Pick one from the list, or add the company first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the highlighted fields; nothing was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ui::CustomerListProxy</name>
    <message>
        <source>Overdue: this follow-up date has passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ui::CustomerPanel</name>
    <message>
        <source>Select a customer to see the details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up: %1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s), %1 in total; last on %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::CustomersPage</name>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one stage only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one owner&apos;s customers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show customers with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show customers from this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show customers in this city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these filters, search and order as a named view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this view (filters, search and order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only; customers cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n customer(s) to trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n customer(s) to the trash. Undo with Ctrl+Z, or restore them from the Trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::MainWindow</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, company, phone, e-mail, notes, pinyin… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Sample Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ matches: showing the first %1; type more to narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists already. To use it, choose File &gt; Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace “%1”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language shows after you restart Guanxi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Guanxi (关系) %1&lt;/h3&gt;&lt;p&gt;A customer relationship manager for salespeople, on their own computer: one SQLite file, offline, in Chinese and English.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Data version: %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the first result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter in the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next customer (also inside the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers / Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only; sample data cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating sample data did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating sample customers and orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 sample customers and %2 orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in good order: integrity and links checked, data version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has problems: %2. Save a copy of what you can and restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows after Guanxi restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New records are owned by and stamped with this team member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;country code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for phone numbers typed without +: 86 for China, 852 Hong Kong, 1 USA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a country calling code such as 86 (digits only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ui::TrashPage</name>
    <message>
        <source>Customers you delete wait here. Restore brings them back with their history; purge removes them for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the customers to restore first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore %n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the customers to purge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n customer(s) for good, with their contact details and orders? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::ui::WelcomePage</name>
    <message>
        <source>Welcome to Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no customers yet. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few hundred customers, companies and orders to explore every screen. You can delete them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import existing customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Excel, CSV or vCard. (Import arrives in the next version; until then use Add customer or guanxi-cli.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first customer by hand (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guanxi (关系): customer relationships for salespeople, in one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use File &gt; Open Database or File &gt; New Database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
