<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Removing metadata and encrypting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata NOT removed: this file type is stored as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metadata found; the image was re-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXIF (camera, dates, settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera maker notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you record is kept in an encrypted vault on this computer. Choose a passphrase you can remember: without it nobody, including you, can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central office (coordinator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Pavlodar observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>too short: at least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>weak: add more words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key file was modified or damaged; restore it from your backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key file asks for weakened key-derivation settings and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldApp</name>
    <message>
        <source>Demo vault passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, places, descriptions, names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Record saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerpetratorRow</name>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— kind —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— state body —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record “%1”? It leaves lists and search; its history stays in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fieldapp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Add perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, or YYYY-MM if the day is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry is empty; fill it in or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a region —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a type —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of threat *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons threatened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for a continuing threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who told you. Kept apart from the record and never shown in lists or search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Select a record to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons threatened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of information</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded (open the record to see them)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of the vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VictimRow</name>
    <message>
        <source>Alias (never the real name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— gender —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— category —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
