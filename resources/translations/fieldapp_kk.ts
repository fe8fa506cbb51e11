<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutComponents</name>
    <message>
        <source>This application</source>
        <translation>Осы бағдарлама</translation>
    </message>
    <message>
        <source>The Python runtime and its standard library</source>
        <translation>Python орындау ортасы және оның стандартты кітапханасы</translation>
    </message>
    <message>
        <source>The Qt libraries: windows, PDF viewer, charts</source>
        <translation>Qt кітапханалары: терезелер, PDF қарау, диаграммалар</translation>
    </message>
    <message>
        <source>Python bindings for Qt</source>
        <translation>Qt үшін Python байланыстары</translation>
    </message>
    <message>
        <source>Qt&apos;s main modules and their Python bindings</source>
        <translation>Qt негізгі модульдері және олардың Python байланыстары</translation>
    </message>
    <message>
        <source>More Qt modules (PDF viewer, charts) and their bindings</source>
        <translation>Қосымша Qt модульдері (PDF қарау, диаграммалар) және олардың байланыстары</translation>
    </message>
    <message>
        <source>The runtime of the Qt bindings</source>
        <translation>Qt байланыстарының орындау ортасы</translation>
    </message>
    <message>
        <source>Python interface to the encrypted database</source>
        <translation>Шифрланған дерекқорға арналған Python интерфейсі</translation>
    </message>
    <message>
        <source>The encrypted database engine</source>
        <translation>Шифрланған дерекқор қозғалтқышы</translation>
    </message>
    <message>
        <source>The database engine SQLCipher is built on</source>
        <translation>SQLCipher негізделген дерекқор қозғалтқышы</translation>
    </message>
    <message>
        <source>OpenSSL cryptography library, used by SQLCipher</source>
        <translation>SQLCipher пайдаланатын OpenSSL криптографиялық кітапханасы</translation>
    </message>
    <message>
        <source>OpenSSL cryptography library, used by cryptography</source>
        <translation>cryptography пайдаланатын OpenSSL криптографиялық кітапханасы</translation>
    </message>
    <message>
        <source>Keys, signatures and encryption of bundles</source>
        <translation>Кілттер, қолтаңбалар және пакеттерді шифрлау</translation>
    </message>
    <message>
        <source>Calls from Python into C libraries</source>
        <translation>Python-нан C кітапханаларын шақыру</translation>
    </message>
    <message>
        <source>C parser used by cffi</source>
        <translation>cffi пайдаланатын C талдағышы</translation>
    </message>
    <message>
        <source>Finds the usual folders for settings and data</source>
        <translation>Баптаулар мен деректерге арналған әдеттегі қалталарды табады</translation>
    </message>
    <message>
        <source>Images, with libjpeg, libpng, zlib, FreeType, libtiff, libwebp and others (their licences follow Pillow&apos;s)</source>
        <translation>Суреттер: libjpeg, libpng, zlib, FreeType, libtiff, libwebp және басқалармен бірге (олардың лицензиялары Pillow лицензиясынан кейін берілген)</translation>
    </message>
    <message>
        <source>PDF bulletins</source>
        <translation>PDF бюллетеньдер</translation>
    </message>
    <message>
        <source>Text encoding detection, used by ReportLab</source>
        <translation>Мәтін кодтамасын анықтау, ReportLab пайдаланады</translation>
    </message>
    <message>
        <source>Fast JSON</source>
        <translation>Жылдам JSON</translation>
    </message>
    <message>
        <source>Reading spreadsheets (.xlsx)</source>
        <translation>Электрондық кестелерді оқу (.xlsx)</translation>
    </message>
    <message>
        <source>XML writing, used by openpyxl</source>
        <translation>XML жазу, openpyxl пайдаланады</translation>
    </message>
    <message>
        <source>Word documents (.docx)</source>
        <translation>Word құжаттары (.docx)</translation>
    </message>
    <message>
        <source>XML processing, with libxml2 and libxslt (their licences follow lxml&apos;s)</source>
        <translation>XML өңдеу: libxml2 және libxslt-пен бірге (олардың лицензиялары lxml лицензиясынан кейін берілген)</translation>
    </message>
    <message>
        <source>Type hint helpers</source>
        <translation>Тип аннотацияларына арналған көмекші құралдар</translation>
    </message>
    <message>
        <source>Safe XML parsing</source>
        <translation>XML-ді қауіпсіз талдау</translation>
    </message>
    <message>
        <source>DejaVu fonts, embedded in PDF bulletins</source>
        <translation>PDF бюллетеньдерге енгізілетін DejaVu қаріптері</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About fieldapp</source>
        <translation>fieldapp туралы</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Нұсқа: %1</translation>
    </message>
    <message>
        <source>Commit: %1</source>
        <translation>Коммит: %1</translation>
    </message>
    <message>
        <source>Built: %1</source>
        <translation>Жинақталған уақыты: %1</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (%1)</source>
        <translation>Лицензия: GNU General Public License, 3-нұсқасы немесе кейінгісі (%1)</translation>
    </message>
    <message>
        <source>fieldapp is free software: you may share and change it under the terms of the GNU GPL, version 3 or later. The source of this build is fieldapp&apos;s commit shown above.</source>
        <translation>fieldapp — еркін бағдарлама: оны GNU GPL 3-нұсқасының немесе кейінгі нұсқасының шарттарымен таратуға және өзгертуге болады. Бұл жинақтың бастапқы коды — жоғарыда көрсетілген fieldapp коммиті.</translation>
    </message>
    <message>
        <source>The Qt libraries are shipped as separate shared libraries in the application&apos;s folder, where you may replace them with your own build of the same Qt version. Qt&apos;s source is at %1, Qt for Python&apos;s at %2.</source>
        <translation>Qt кітапханалары бағдарлама қалтасында жеке ортақ кітапханалар ретінде жеткізіледі; оларды Qt-дің сол нұсқасының өз жинағыңызбен алмастыра аласыз. Qt бастапқы коды: %1, Qt for Python бастапқы коды: %2.</translation>
    </message>
    <message>
        <source>Select a part below to read its licence.</source>
        <translation>Лицензиясын оқу үшін төменнен құрамдас бөлікті таңдаңыз.</translation>
    </message>
    <message>
        <source>No part selected.</source>
        <translation>Құрамдас бөлік таңдалмаған.</translation>
    </message>
    <message>
        <source>Qt also includes other software; their licences are listed at %1.</source>
        <translation>Qt құрамында басқа бағдарламалар да бар; олардың лицензиялары мына жерде көрсетілген: %1.</translation>
    </message>
    <message>
        <source>(This text could not be read: %1)</source>
        <translation>(Бұл мәтінді оқу мүмкін болмады: %1)</translation>
    </message>
    <message>
        <source>No licence text was found for this part.</source>
        <translation>Бұл құрамдас бөліктің лицензия мәтіні табылмады.</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метадеректер</translation>
    </message>
    <message>
        <source>Stored %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>SHA-256 of the file as captured: %1</source>
        <translation>Алынған кездегі файлдың SHA-256 мәні: %1</translation>
    </message>
    <message>
        <source>SHA-256 as stored: %1</source>
        <translation>Сақталған көшірменің SHA-256 мәні: %1</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Басқа файл</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>Redacted copy.</source>
        <translation>Аймақтары жасырылған көшірме.</translation>
    </message>
    <message>
        <source>Unredacted original of the copy above, encrypted, never exported.</source>
        <translation>Жоғарыдағы көшірменің жасырылмаған түпнұсқасы; шифрланған, ешқашан экспортталмайды.</translation>
    </message>
    <message>
        <source>Metadata NOT removed: this file type is stored as it is.</source>
        <translation>Метадеректер ЖОЙЫЛМАДЫ: бұл түрдегі файл сол күйінде сақталады.</translation>
    </message>
    <message>
        <source>No metadata found; the image was re-encoded.</source>
        <translation>Метадеректер табылмады; сурет қайта кодталды.</translation>
    </message>
    <message>
        <source>EXIF (camera, dates, settings)</source>
        <translation>EXIF (камера, күндер, баптаулар)</translation>
    </message>
    <message>
        <source>GPS location</source>
        <translation>GPS орны</translation>
    </message>
    <message>
        <source>camera maker notes</source>
        <translation>камера өндірушісінің ескертпелері</translation>
    </message>
    <message>
        <source>XMP</source>
        <translation>XMP</translation>
    </message>
    <message>
        <source>IPTC</source>
        <translation>IPTC</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>түсініктеме</translation>
    </message>
    <message>
        <source>text fields</source>
        <translation>мәтін өрістері</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Жойылды: %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Choose a record to see its evidence.</source>
        <translation>Дәлелдерін көру үшін жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>No evidence yet: Attach evidence… adds a photo or a document, kept encrypted in the vault.</source>
        <translation>Әзірге дәлел жоқ: «Дәлелдерді тіркеу…» фотосурет не құжат қосады, олар қоймада шифрланған күйде сақталады.</translation>
    </message>
    <message>
        <source>“%1” cannot be shown inside the app. Use Save a copy… to open it with another program.</source>
        <translation>«%1» файлын қолданба ішінде көрсету мүмкін емес. Оны басқа бағдарламада ашу үшін «Көшірмесін сақтау…» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation>%1 көшірмесі сақталуда…</translation>
    </message>
    <message>
        <source>Saved an unencrypted copy to %1. Delete it when you no longer need it.</source>
        <translation>Шифрланбаған көшірме %1 ішіне сақталды. Қажет болмай қалғанда оны жойыңыз.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 ашылуда…</translation>
    </message>
    <message>
        <source>Mark what to hide in %1.</source>
        <translation>%1 ішінде нені жасыру керектігін белгілеңіз.</translation>
    </message>
    <message>
        <source>Hiding the marked areas, removing metadata and encrypting %1…</source>
        <translation>Белгіленген аймақтар жасырылып, метадеректер жойылып, %1 шифрлануда…</translation>
    </message>
    <message>
        <source>Removing metadata and encrypting %1…</source>
        <translation>Метадеректер жойылып, %1 шифрлануда…</translation>
    </message>
    <message>
        <source>Encrypting %1: %2 of %3 MiB…</source>
        <translation>%1 шифрлануда: %3 МиБ-тың %2…</translation>
    </message>
    <message>
        <source>Nothing was attached.</source>
        <translation>Ештеңе тіркелмеді.</translation>
    </message>
    <message>
        <source>Attached %1. %2</source>
        <translation>Тіркелді: %1. %2</translation>
    </message>
    <message>
        <source>The marked areas are hidden in the stored image.</source>
        <translation>Белгіленген аймақтар сақталған суретте жасырылды.</translation>
    </message>
    <message>
        <source>The unredacted original is kept, encrypted, in this vault only.</source>
        <translation>Жасырылмаған түпнұсқа шифрланып, тек осы қоймада сақталды.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Дәлелдерді тіркеу…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Көшірмесін сақтау…</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Cases…</source>
        <translation>Істер…</translation>
    </message>
    <message>
        <source>Matters followed over time, stage by stage</source>
        <translation>Уақыт бойы кезең-кезеңімен қадағаланатын істер</translation>
    </message>
</context>
<context>
    <name>CaseCombo</name>
    <message>
        <source>No case</source>
        <translation>Ешбір іске жатпайды</translation>
    </message>
    <message>
        <source>%1 (cleared from this computer)</source>
        <translation>%1 (бұл компьютерден өшірілген)</translation>
    </message>
    <message>
        <source>A case not in this vault yet (%1…)</source>
        <translation>Бұл қоймада әлі жоқ іс (%1…)</translation>
    </message>
    <message>
        <source>Type a reference or a title</source>
        <translation>Іс нөмірін не атауын теріңіз</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Add person</source>
        <translation>Адам қосу</translation>
    </message>
    <message>
        <source>today if left empty</source>
        <translation>толтырылмаса — бүгін</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Істі өңдеу</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Тақырып *</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ашылған күні</translation>
    </message>
    <message>
        <source>Left empty, the vault gives one, such as PAV-2024-007</source>
        <translation>Бос қалдырылса, қойма нөмір береді, мысалы PAV-2024-007</translation>
    </message>
    <message>
        <source>Said on the phone and printed on forms: letters and numbers only, never a name or a place smaller than a region.</source>
        <translation>Телефонмен айтылады және бланкілерге басылады: тек әріптер мен сандар, ешқашан адамның аты да, өңірден кіші жер атауы да емес.</translation>
    </message>
    <message>
        <source>Named once here for every stage that names no one itself.</source>
        <translation>Адамдары көрсетілмеген барлық кезеңдер үшін осында бір рет көрсетіледі.</translation>
    </message>
    <message>
        <source>— no region —</source>
        <translation>— өңірсіз —</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Кезеңдер</translation>
    </message>
    <message>
        <source>First – last stage</source>
        <translation>Алғашқы – соңғы кезең</translation>
    </message>
    <message>
        <source>Cleared from this computer — the office holds it</source>
        <translation>Бұл компьютерден өшірілді — кеңседе сақталады</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 жабылды</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Merged: each of these references leads to this case.</source>
        <translation>Біріктірілген: осы нөмірлердің әрқайсысы осы іске апарады.</translation>
    </message>
    <message>
        <source>The office confirmed holding this case, so its title, summary and persons were removed from this computer. New stages can still be filed under its reference.</source>
        <translation>Кеңсе бұл істі сақтайтынын растады, сондықтан оның тақырыбы, қысқаша мазмұны мен адамдары бұл компьютерден өшірілді. Жаңа кезеңдерді бұрынғыша оның нөмірімен тіркеуге болады.</translation>
    </message>
    <message>
        <source>Two versions of this case are in conflict; editing it resolves the conflict.</source>
        <translation>Бұл істің екі нұсқасы қайшылықта; істі өңдеу қайшылықты шешеді.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Also reached by %1 (merged into this case).</source>
        <translation>Осы іске мына нөмір де апарады: %1 (осы іспен біріктірілген).</translation>
    </message>
    <message>
        <source>Cleared from this computer after the office confirmed holding it: the office keeps its title, summary and persons. New stages can still be filed under its reference.</source>
        <translation>Кеңсе сақтайтынын растағаннан кейін бұл компьютерден өшірілді: тақырыбы, қысқаша мазмұны мен адамдары кеңседе қалады. Жаңа кезеңдерді бұрынғыша оның нөмірімен тіркеуге болады.</translation>
    </message>
    <message>
        <source>Closed on %1 (opened %2)</source>
        <translation>%1 жабылды (%2 ашылған)</translation>
    </message>
    <message>
        <source>Open since %1</source>
        <translation>%1 бастап ашық</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 – %2 аралығында</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Кезеңдер</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Two versions of this case are in conflict; the one shown is kept when the case is next edited.</source>
        <translation>Бұл істің екі нұсқасы қайшылықта; іс келесі рет өңделгенде көрсетілген нұсқа сақталады.</translation>
    </message>
    <message>
        <source>recourse (a positive outcome)</source>
        <translation>оң нәтиже (құқықтарды қалпына келтіру)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>%1 ісі</translation>
    </message>
    <message>
        <source>Stages in date order: %1</source>
        <translation>Күн ретімен кезеңдер: %1</translation>
    </message>
    <message>
        <source>Add the next stage</source>
        <translation>Келесі кезеңді қосу</translation>
    </message>
    <message>
        <source>A new record filed under this case, starting from its latest stage.</source>
        <translation>Осы іс бойынша соңғы кезеңі негізінде толтырылатын жаңа жазба.</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Істі өңдеу…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Істі жабу…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Басқа іспен біріктіру…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>A case follows one matter over time; each of its stages is a threat record. Double-click a case to see its timeline.</source>
        <translation>Іс бір мәселені уақыт бойы қадағалайды; оның әр кезеңі — қауіп туралы жазба. Хронологиясын көру үшін істі екі рет шертіңіз.</translation>
    </message>
    <message>
        <source>Search by reference or title</source>
        <translation>Нөмір немесе тақырып бойынша іздеу</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Жаңа іс…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Біріктіру…</translation>
    </message>
    <message>
        <source>Select two cases that are one matter, or one case to choose the other.</source>
        <translation>Бір мәселеге қатысты екі істі немесе екіншісін таңдау үшін бір істі белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Қазіргі құпия фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Жаңа құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Беріктігі</translation>
    </message>
    <message>
        <source>Keep the current one</source>
        <translation>Қазіргісін қалдыру</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Істі жабу</translation>
    </message>
    <message>
        <source>Close %1 on the date the matter ended. It can be reopened later.</source>
        <translation>%1 ісін ол аяқталған күнмен жабыңыз. Кейін оны қайта ашуға болады.</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Істі жабу</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <source>Component</source>
        <translation>Құрамдас бөлік</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 құрамында</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>(deleted)</source>
        <translation>(жойылған)</translation>
    </message>
    <message>
        <source>one sealed source</source>
        <translation>бір мөрленген ақпарат көзі</translation>
    </message>
    <message numerus="yes">
        <source>%n sealed sources</source>
        <translation>
            <numerusform>%n мөрленген ақпарат көзі</numerusform>
            <numerusform>%n мөрленген ақпарат көзі</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Continuing until</source>
        <translation>Қашанға дейін жалғасты</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Type of threat</source>
        <translation>Қауіп түрі</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Салалар</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Қысым жасаушылар</translation>
    </message>
    <message>
        <source>Persons threatened</source>
        <translation>Қауіп төнген адамдар</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Positive outcome</source>
        <translation>Оң нәтиже</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Заң баптары</translation>
    </message>
    <message>
        <source>Date of the outcome</source>
        <translation>Нәтиже күні</translation>
    </message>
    <message>
        <source>Sources of information</source>
        <translation>Ақпарат көздері</translation>
    </message>
    <message>
        <source>Earlier common version</source>
        <translation>Ортақ бұрынғы нұсқа</translation>
    </message>
    <message>
        <source> (later)</source>
        <translation> (кейінгісі)</translation>
    </message>
    <message>
        <source>Keep the version of %1 whole</source>
        <translation>%1 нұсқасын толық қалдыру</translation>
    </message>
    <message>
        <source>The same record was changed at the office and by an observer. Fields marked ≠ differ: tick the version to take each one from (the later is ticked), then save the combined version, or keep one version whole.</source>
        <translation>Бір жазбаны кеңседе де, бақылаушы да өзгерткен. ≠ белгісі бар өрістер әртүрлі: әрқайсысын қай нұсқадан алатыныңызды белгілеңіз (қазір кейінгісі белгіленген), содан кейін біріктірілген нұсқаны сақтаңыз немесе бір нұсқаны толық қалдырыңыз.</translation>
    </message>
    <message>
        <source>The versions differ in this field.</source>
        <translation>Бұл өрісте нұсқалар әртүрлі.</translation>
    </message>
    <message>
        <source>Save the combined version</source>
        <translation>Біріктірілген нұсқаны сақтау</translation>
    </message>
    <message>
        <source>Resolved; the choice is recorded as a new version.</source>
        <translation>Қайшылық шешілді; таңдау жаңа нұсқа ретінде жазылды.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message numerus="yes">
        <source>Deleting this vault in %n seconds…</source>
        <translation>
            <numerusform>Қойма %n секундтан кейін жойылады…</numerusform>
            <numerusform>Қойма %n секундтан кейін жойылады…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this vault</source>
        <translation>Бұл қойманы жою</translation>
    </message>
    <message>
        <source>Keep the vault</source>
        <translation>Қойманы сақтау</translation>
    </message>
    <message>
        <source>The key file and the database will be overwritten and removed. Nothing can bring them back.</source>
        <translation>Кілт файлы мен дерекқор қайта жазылып, жойылады. Оларды ештеңе қайтара алмайды.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>too short: at least %1 characters</source>
        <translation>тым қысқа: кемінде %1 таңба</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>Қоймаңызды құрыңыз</translation>
    </message>
    <message>
        <source>Everything you record is kept in an encrypted vault on this computer. Choose a passphrase you can remember: without it nobody, including you, can open the vault.</source>
        <translation>Сіз жазғанның бәрі осы компьютердегі шифрланған қоймада сақталады. Есте сақтай алатын құпия фраза таңдаңыз: онсыз ешкім, тіпті сіз де, қойманы аша алмайды.</translation>
    </message>
    <message>
        <source>Regional observer</source>
        <translation>Өңірлік бақылаушы</translation>
    </message>
    <message>
        <source>Central office (coordinator)</source>
        <translation>Орталық кеңсе (үйлестіруші)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Беріктігі</translation>
    </message>
    <message>
        <source>e.g. Pavlodar observer</source>
        <translation>мысалы, Павлодар бақылаушысы</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Қойма құру</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>weak: add more words</source>
        <translation>әлсіз: тағы сөздер қосыңыз</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>орташа</translation>
    </message>
    <message>
        <source>good</source>
        <translation>жақсы</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>мықты</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>құпия фразалар сәйкес келмейді</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; threats (distinct records) · &lt;b&gt;%2&lt;/b&gt; persons (distinct victims) · &lt;b&gt;%3&lt;/b&gt; resolved threats · &lt;b&gt;%4&lt;/b&gt; threat-months</source>
        <translation>Қауіптер (жеке жазбалар): &lt;b&gt;%1&lt;/b&gt; · адамдар (жеке зардап шеккендер): &lt;b&gt;%2&lt;/b&gt; · шешілген қауіптер: &lt;b&gt;%3&lt;/b&gt; · қауіп-айлар: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cases (distinct cases, merged ones once) · &lt;b&gt;%2&lt;/b&gt; recourses (positive outcomes dated in the period) · &lt;b&gt;%3&lt;/b&gt; persons with a recourse (distinct persons)</source>
        <translation>Істер (жеке істер, біріктірілгендері бір рет): &lt;b&gt;%1&lt;/b&gt; · оң шешімдер (күні кезеңге түсетін оң нәтижелер): &lt;b&gt;%2&lt;/b&gt; · оң шешім алған адамдар (жеке адамдар): &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>By month (threat-months)</source>
        <translation>Айлар бойынша (қауіп-айлар)</translation>
    </message>
    <message>
        <source>By year (threat-months)</source>
        <translation>Жылдар бойынша (қауіп-айлар)</translation>
    </message>
    <message>
        <source>By sector (threat-sectors)</source>
        <translation>Салалар бойынша (қауіп-салалар)</translation>
    </message>
    <message>
        <source>By region (threats)</source>
        <translation>Өңірлер бойынша (қауіптер)</translation>
    </message>
    <message>
        <source>By type of threat (threats)</source>
        <translation>Қауіп түрлері бойынша (қауіптер)</translation>
    </message>
    <message>
        <source>Recourses by type (recourses)</source>
        <translation>Оң шешімдер түрлері бойынша (оң шешімдер)</translation>
    </message>
    <message>
        <source>Threats by legal article (threat-articles)</source>
        <translation>Қауіптер заң баптары бойынша (қауіп-баптар)</translation>
    </message>
    <message numerus="yes">
        <source>top %1 of %n</source>
        <translation>
            <numerusform>%n ішінен ең көбі %1</numerusform>
            <numerusform>%n ішінен ең көбі %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was counted in this period</source>
        <translation>Бұл кезеңде ештеңе есепке алынбаған</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Барлық салалар</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Шолу тақтасы</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>Click a bar to open its records. Linked duplicates count once; deleted records are not counted.</source>
        <translation>Жазбаларын ашу үшін бағанды басыңыз. Байланыстырылған қайталанулар бір рет саналады; жойылған жазбалар саналмайды.</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Қауіптер</translation>
    </message>
    <message>
        <source>Cases and recourses</source>
        <translation>Істер және оң шешімдер</translation>
    </message>
    <message>
        <source>A recourse is counted in the month of its outcome date, or of the threat when no outcome date was recorded. A record that names no victims takes the persons of its case. Linked duplicates count once.</source>
        <translation>Оң шешім нәтиже күнінің айында, ал ол жазылмаса, қауіптің айында саналады. Жәбірленушілері аталмаған жазба өз ісінің адамдарын алады. Байланыстырылған қайталанулар бір рет саналады.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Not a date: write it as YYYY-MM-DD, or YYYY-MM if the day is unknown.</source>
        <translation>Күні танылмады: КК.АА.ЖЖЖЖ түрінде жазыңыз, ал күні белгісіз болса — АА.ЖЖЖЖ.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM</source>
        <comment>the date format of this language</comment>
        <translation>КК.АА.ЖЖЖЖ немесе АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>Күнтізбеден таңдау</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <source>No observer has new versions to confirm; no receipt was written.</source>
        <translation>Растайтын жаңа нұсқалары бар бақылаушы жоқ; түбіртек жазылмады.</translation>
    </message>
    <message>
        <source>Nothing to purge: no record has been confirmed by the office yet.</source>
        <translation>Тазалайтын ештеңе жоқ: кеңсе әлі бірде-бір жазбаны растаған жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipts written. Give each observer their own:</source>
        <translation>
            <numerusform>%n түбіртек жазылды. Әр бақылаушыға өзінікін беріңіз:</numerusform>
            <numerusform>%n түбіртек жазылды. Әр бақылаушыға өзінікін беріңіз:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge %n records the office confirmed holding? Their content, sources and evidence are removed from this computer; only their ids remain.</source>
        <translation>
            <numerusform>Кеңсе алғанын растаған %n жазбаны тазалау керек пе? Олардың мазмұны, ақпарат көздері мен дәлелдері осы компьютерден жойылады; тек идентификаторлары қалады.</numerusform>
            <numerusform>Кеңсе алғанын растаған %n жазбаны тазалау керек пе? Олардың мазмұны, ақпарат көздері мен дәлелдері осы компьютерден жойылады; тек идентификаторлары қалады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge %n records</source>
        <translation>
            <numerusform>%n жазбаны тазарту</numerusform>
            <numerusform>%n жазбаны тазарту</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Қалдыру</translation>
    </message>
    <message numerus="yes">
        <source>%n records purged.</source>
        <translation>
            <numerusform>%n жазба тазаланды.</numerusform>
            <numerusform>%n жазба тазаланды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write receipts…</source>
        <translation>Түбіртектерді жазу…</translation>
    </message>
    <message>
        <source>Purge delivered records…</source>
        <translation>Жеткізілген жазбаларды тазалау…</translation>
    </message>
    <message>
        <source>Purge automatically on receipt</source>
        <translation>Түбіртек алынғанда автоматты түрде тазалау</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Open the first record</source>
        <translation>Бірінші жазбаны ашу</translation>
    </message>
    <message>
        <source>Open the second record</source>
        <translation>Екінші жазбаны ашу</translation>
    </message>
    <message>
        <source>Open the record from %1</source>
        <translation>Жазбаны ашу (%1)</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Ықтимал қайталанулар</translation>
    </message>
    <message>
        <source>Reports from different observers with close dates, the same region and type, and shared persons or similar text. Linked records count once in every statistic.</source>
        <translation>Күндері жақын, өңірі мен түрі бірдей, ортақ адамдары немесе ұқсас мәтіні бар түрлі бақылаушылардың хабарламалары. Байланыстырылған жазбалар кез келген статистикада бір рет есептеледі.</translation>
    </message>
    <message>
        <source>Link as one incident</source>
        <translation>Бір оқиға ретінде байланыстыру</translation>
    </message>
    <message>
        <source>Not the same: dismiss</source>
        <translation>Бірдей емес: қабылдамау</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>Titles</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Бақылаушылар</translation>
    </message>
    <message>
        <source>Where and what</source>
        <translation>Қайда және не</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>бұл қойма</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>бір күнде</translation>
    </message>
    <message>
        <source>one day apart</source>
        <translation>арасы бір күн</translation>
    </message>
    <message numerus="yes">
        <source>%n days apart</source>
        <translation>
            <numerusform>арасы %n күн</numerusform>
            <numerusform>арасы %n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>one shared person</source>
        <translation>бір ортақ адам</translation>
    </message>
    <message>
        <source>no shared person</source>
        <translation>ортақ адам жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n shared persons</source>
        <translation>
            <numerusform>%n ортақ адам</numerusform>
            <numerusform>%n ортақ адам</numerusform>
        </translation>
    </message>
    <message>
        <source>text %1% alike</source>
        <translation>мәтін %1% ұқсас</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol from an identity card</source>
        <translation>Сәйкестендіру картасы бойынша тіркеу</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Type the code as it is read out to you: pasting is turned off here, because a copied code proves nothing about the card.</source>
        <translation>Кодты сізге оқып бергендей теріп енгізіңіз: мұнда қою өшірілген, өйткені көшірілген код карта туралы ештеңе дәлелдемейді.</translation>
    </message>
    <message numerus="yes">
        <source>A safety code has 15 digits; you typed %n. Ask for it again.</source>
        <translation>
            <numerusform>Қауіпсіздік кодында 15 цифр бар, ал сіз %n цифр енгіздіңіз. Оны қайта оқып беруін сұраңыз.</numerusform>
            <numerusform>Қауіпсіздік кодында 15 цифр бар, ал сіз %n цифр енгіздіңіз. Оны қайта оқып беруін сұраңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Three codes did not match. Do not enrol this card: it may not be the one %1 sent, or it was changed on the way. Ask %1 to give you the card again by another route, and check the new one.</source>
        <translation>Үш код сәйкес келмеді. Бұл картаны тіркемеңіз: оны %1 жібермеген болуы немесе ол жолда өзгертілген болуы мүмкін. Карта иесінен (%1) картаны басқа жолмен қайта жіберуін сұраңыз да, жаңасын тексеріңіз.</translation>
    </message>
    <message>
        <source>This code does not match the card either. One try left: ask %1 to read the safety code again, slowly.</source>
        <translation>Бұл код та картаға сәйкес келмейді. Бір әрекет қалды: карта иесінен (%1) қауіпсіздік кодын асықпай қайта оқып беруін сұраңыз.</translation>
    </message>
    <message numerus="yes">
        <source>This code does not match the card. Ask %1 to read it out again, group by group. %n tries left.</source>
        <translation>
            <numerusform>Код картаға сәйкес келмейді. Карта иесінен (%1) оны топ-тобымен қайта оқып беруін сұраңыз. %n әрекет қалды.</numerusform>
            <numerusform>Код картаға сәйкес келмейді. Карта иесінен (%1) оны топ-тобымен қайта оқып беруін сұраңыз. %n әрекет қалды.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is this vault&apos;s own card. Enrol the other side&apos;s card instead.</source>
        <translation>Бұл осы қойманың өз картасы. Оның орнына екінші тараптың картасын тіркеңіз.</translation>
    </message>
    <message>
        <source>This is another office&apos;s card. An office enrols its observers: ask each observer for their own identity card.</source>
        <translation>Бұл басқа кеңсенің картасы. Кеңсе өз бақылаушыларын тіркейді: әр бақылаушыдан өзінің сәйкестендіру картасын сұраңыз.</translation>
    </message>
    <message>
        <source>This is another observer&apos;s card. An observer enrols only its office: ask your coordinator for the office&apos;s identity card.</source>
        <translation>Бұл басқа бақылаушының картасы. Бақылаушы тек өз кеңсесін тіркейді: үйлестірушіден кеңсенің сәйкестендіру картасын сұраңыз.</translation>
    </message>
    <message>
        <source>%1 is already enrolled.</source>
        <translation>%1 бұрыннан тіркелген.</translation>
    </message>
    <message>
        <source>Code as read out</source>
        <translation>Оқып берілген код</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Картадағы атауы</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Орталық кеңсе</translation>
    </message>
    <message>
        <source>Regional observer</source>
        <translation>Өңірлік бақылаушы</translation>
    </message>
    <message>
        <source>Call %1 or meet them, and ask them to read out the safety code shown on their computer in the Peers window, under This vault. Type it here as you hear it: you will see whether it matches the card once you check. Enrol only a card whose code matches: a card can be swapped on the way.</source>
        <translation>Карта иесіне (%1) қоңырау шалыңыз немесе онымен кездесіп, оның компьютеріндегі «Қатысушылар» терезесінің «Осы қойма» бөлімінде көрсетілген қауіпсіздік кодын оқып беруін сұраңыз. Кодты естігеніңіздей осында енгізіңіз: оның картаға сәйкес келетінін не келмейтінін тексергеннен кейін көресіз. Коды сәйкес келген картаны ғана тіркеңіз: карта жолда ауыстырылуы мүмкін.</translation>
    </message>
    <message>
        <source>15 digits, as read out</source>
        <translation>Оқып берілгендей 15 цифр</translation>
    </message>
    <message>
        <source>Check and enrol</source>
        <translation>Тексеру және тіркеу</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Құпия фраза қате.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>Қойма құлыпталған; алдымен оны ашыңыз.</translation>
    </message>
    <message>
        <source>{attempts} wrong passphrases in a row: the vault was deleted, as its settings asked.</source>
        <translation>Қатарынан {attempts} рет қате құпия фраза енгізілді: қойма оның баптауларына сай жойылды.</translation>
    </message>
    <message>
        <source>A vault already exists in {path}; it was left untouched.</source>
        <translation>{path} қалтасында қойма бар; ол өзгертілмеді.</translation>
    </message>
    <message>
        <source>There is no vault in {path}. Create one from the start screen.</source>
        <translation>{path} қалтасында қойма жоқ. Оны бастапқы экранда жасаңыз.</translation>
    </message>
    <message>
        <source>Unknown role «{role}»: choose observer or office.</source>
        <translation>Белгісіз рөл «{role}»: бақылаушыны немесе кеңсені таңдаңыз.</translation>
    </message>
    <message>
        <source>Give the vault a name.</source>
        <translation>Қоймаға атау беріңіз.</translation>
    </message>
    <message>
        <source>The vault&apos;s database does not open with its key file: it is damaged or belongs to another vault.</source>
        <translation>Қойманың дерекқоры өз кілт файлымен ашылмайды: ол зақымдалған немесе басқа қоймаға тиесілі.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of fieldapp; install the newer version to open it.</source>
        <translation>Бұл қойманы fieldapp-тың жаңарақ нұсқасы жазған; оны ашу үшін сол нұсқаны орнатыңыз.</translation>
    </message>
    <message>
        <source>The requested key-derivation settings are below the security minimum.</source>
        <translation>Сұралған кілт туындату параметрлері қауіпсіздік шегінен төмен.</translation>
    </message>
    <message>
        <source>The vault key file is damaged or is not a fieldapp key file.</source>
        <translation>Қойманың кілт файлы зақымдалған немесе fieldapp кілт файлы емес.</translation>
    </message>
    <message>
        <source>The vault key file was modified or damaged; restore it from your backup.</source>
        <translation>Қойманың кілт файлы өзгертілген немесе зақымдалған; оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The vault key file has a format this version of fieldapp does not know.</source>
        <translation>Қойманың кілт файлының пішімі fieldapp-тың бұл нұсқасына белгісіз.</translation>
    </message>
    <message>
        <source>The vault key file asks for weakened key-derivation settings and was refused.</source>
        <translation>Қойманың кілт файлы кілтті туындатудың әлсіретілген параметрлерін талап етеді, сондықтан қабылданбады.</translation>
    </message>
    <message>
        <source>The passphrase is too short.</source>
        <translation>Құпия фраза тым қысқа.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Екі құпия фраза сәйкес келмейді; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <source>Some of what was entered is not valid.</source>
        <translation>Енгізілген деректердің бір бөлігі жарамсыз.</translation>
    </message>
    <message>
        <source>{path} could not be read.</source>
        <translation>{path} оқылмады.</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>{path} жазылмады.</translation>
    </message>
    <message>
        <source>This copy of fieldapp runs in portable mode but cannot save anything in its folder ({path}). Copy the folder to a place you can write to, such as your USB stick, or remove the file named portable beside the program.</source>
        <translation>fieldapp-тың бұл көшірмесі тасымалы режимде жұмыс істейді, бірақ өз қалтасына ештеңе сақтай алмайды ({path}). Қалтаны жазуға болатын жерге, мысалы, өз флеш-жадыңызға көшіріңіз немесе бағдарламаның жанындағы portable деген файлды өшіріңіз.</translation>
    </message>
    <message>
        <source>{path} is in use by another program or is read-only. Close it, or wait a moment, and try again.</source>
        <translation>{path} басқа бағдарламада ашық немесе тек оқуға арналған. Оны жабыңыз немесе сәл күтіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} UTF-8 мәтіні емес.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} қалта емес.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {lineno}, column {colno}).</source>
        <translation>Файл дұрыс JSON емес ({lineno}-жол, {colno}-баған).</translation>
    </message>
    <message>
        <source>Line {line} of the file is not valid JSON.</source>
        <translation>Файлдың {line}-жолы дұрыс JSON емес.</translation>
    </message>
    <message>
        <source>The file must hold exactly one JSON object.</source>
        <translation>Файлда тек бір JSON нысаны болуы керек.</translation>
    </message>
    <message>
        <source>The passphrase and the records cannot both come from standard input.</source>
        <translation>Құпия фраза мен жазбалар бір мезгілде стандартты енгізуден келе алмайды.</translation>
    </message>
    <message>
        <source>There is no record in the input.</source>
        <translation>Енгізілген деректерде бірде-бір жазба жоқ.</translation>
    </message>
    <message>
        <source>A record must be a JSON object.</source>
        <translation>Жазба JSON нысаны болуы керек.</translation>
    </message>
    <message>
        <source>This entry has the wrong form.</source>
        <translation>Бұл жолдың пішіні қате.</translation>
    </message>
    <message>
        <source>This field must be a list.</source>
        <translation>Бұл өріс тізім болуы керек.</translation>
    </message>
    <message>
        <source>Choose the sectors from the list.</source>
        <translation>Салаларды тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation>Бұл өріс мәтін болуы керек.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Бұл өрісті толтыру міндетті.</translation>
    </message>
    <message>
        <source>This text is too long ({length} characters; at most {limit}).</source>
        <translation>Мәтін тым ұзын ({length} таңба; ең көбі {limit}).</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Тізімнен мән таңдаңыз.</translation>
    </message>
    <message>
        <source>The record has a field fieldapp does not know.</source>
        <translation>Жазбада fieldapp білмейтін өріс бар.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, or YYYY-MM if the day is unknown.</source>
        <translation>Күнді ЖЖЖЖ-АА-КК түрінде, ал күні белгісіз болса, ЖЖЖЖ-АА түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Аяқталу күні басталу күнінен бұрын.</translation>
    </message>
    <message>
        <source>A state body applies only to perpetrators of the state kind.</source>
        <translation>Мемлекеттік орган тек мемлекет түріндегі қысым жасаушылар үшін көрсетіледі.</translation>
    </message>
    <message>
        <source>«{value}» is no longer in use: records that have it keep it, but choose another value for a new one.</source>
        <translation>«{value}» енді қолданылмайды: бұл мән бар жазбаларда ол сақталады, бірақ жаңа жазба үшін басқа мәнді таңдаңыз.</translation>
    </message>
    <message>
        <source>There is no list «{value}».</source>
        <translation>«{value}» тізімі жоқ.</translation>
    </message>
    <message>
        <source>A code is lowercase Latin letters, digits and _, starting with a letter (at most 64).</source>
        <translation>Код кіші латын әріптерінен, сандардан және _ белгісінен тұрады, әріппен басталады (64 таңбадан аспайды).</translation>
    </message>
    <message>
        <source>This list already has the code «{value}»; a code is never reused.</source>
        <translation>Бұл тізімде «{value}» коды бар; кодтар қайта қолданылмайды.</translation>
    </message>
    <message>
        <source>This list has no code «{value}».</source>
        <translation>Бұл тізімде «{value}» коды жоқ.</translation>
    </message>
    <message>
        <source>Only a threat type has a block.</source>
        <translation>Блок тек қауіп түрінде болады.</translation>
    </message>
    <message>
        <source>Threat types of block «{value}» are still in use; retire them first.</source>
        <translation>«{value}» блогының қауіп түрлері әлі қолданыста; алдымен оларды қолданыстан шығарыңыз.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>An entry is empty; fill it in or remove it.</source>
        <translation>Бір жол бос; оны толтырыңыз немесе жойыңыз.</translation>
    </message>
    <message>
        <source>The sealed sources of this record are malformed.</source>
        <translation>Бұл жазбаның мөрленген ақпарат көздері бүлінген.</translation>
    </message>
    <message>
        <source>No record «{text}»: give the record&apos;s id or at least its first {minimum} characters.</source>
        <translation>«{text}» жазбасы жоқ: жазбаның идентификаторын немесе кемінде оның алғашқы {minimum} таңбасын көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is no record with id {record_id}.</source>
        <translation>{record_id} идентификаторы бар жазба жоқ.</translation>
    </message>
    <message>
        <source>More than one record starts with {prefix}.</source>
        <translation>{prefix} деп басталатын бірнеше жазба бар.</translation>
    </message>
    <message>
        <source>No file «{text}»: give its id or at least its first {minimum} characters.</source>
        <translation>«{text}» файлы жоқ: оның идентификаторын немесе кемінде алғашқы {minimum} таңбасын көрсетіңіз.</translation>
    </message>
    <message>
        <source>This file is no longer in the vault; it may have been deleted.</source>
        <translation>Бұл файл енді қоймада жоқ; мүмкін, ол жойылған.</translation>
    </message>
    <message>
        <source>More than one file matches {prefix}.</source>
        <translation>{prefix} бойынша бірнеше файл табылды.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written. Choose another name.</source>
        <translation>{path} бұрыннан бар; ештеңе жазылмады. Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Бұл жазба жойылған.</translation>
    </message>
    <message>
        <source>This record was cleared from this computer on {purged_at}, after the office confirmed it holds it.</source>
        <translation>Бұл жазба кеңсе оны алғанын растағаннан кейін, {purged_at} күні осы компьютерден тазартылды.</translation>
    </message>
    <message>
        <source>A record cannot be a duplicate of itself.</source>
        <translation>Жазба өзінің қайталануы бола алмайды.</translation>
    </message>
    <message>
        <source>This record is no longer in conflict.</source>
        <translation>Бұл жазба енді қайшылықта емес.</translation>
    </message>
    <message>
        <source>That version is not one of the versions in conflict.</source>
        <translation>Бұл нұсқа қайшылықтағы нұсқалардың бірі емес.</translation>
    </message>
    <message>
        <source>There is no case in the input.</source>
        <translation>Кіріс деректерінде бірде-бір іс жоқ.</translation>
    </message>
    <message>
        <source>Choose the articles from the list.</source>
        <translation>Баптарды тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>There is no case «{value}» in this vault.</source>
        <translation>Бұл қоймада «{value}» ісі жоқ.</translation>
    </message>
    <message>
        <source>More than one case has the reference {value}; choose the case from the list.</source>
        <translation>{value} нөмірі бірнеше іске тиесілі; істі тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>A date of the positive outcome needs the outcome itself.</source>
        <translation>Оң нәтиженің күні нәтиженің өзімен бірге ғана көрсетіледі.</translation>
    </message>
    <message>
        <source>The outcome ({outcome_on}) is dated before the threat ({occurred_on}).</source>
        <translation>Нәтиже күні ({outcome_on}) қауіп күнінен ({occurred_on}) ерте.</translation>
    </message>
    <message>
        <source>«{value}» is not a case reference. Use two to four parts joined by hyphens, each of 2-3 letters or up to 6 digits, such as PAV-2024-007. Never put a name in it.</source>
        <translation>«{value}» — іс нөмірі емес. Сызықшамен қосылған екіден төртке дейін бөлік жазыңыз, әрқайсысы 2–3 әріп немесе 6 цифрға дейін, мысалы PAV-2024-007. Нөмірге ешқашан адамның атын жазбаңыз.</translation>
    </message>
    <message>
        <source>Another case already has the reference {value}.</source>
        <translation>{value} нөмірі басқа істе бар.</translation>
    </message>
    <message>
        <source>The closing date {closed_on} is before the case was opened ({opened_on}).</source>
        <translation>Жабылған күні {closed_on} істің ашылған күнінен ({opened_on}) ерте.</translation>
    </message>
    <message>
        <source>Only a closed case has a closing date.</source>
        <translation>Жабылған күн тек жабық істе болады.</translation>
    </message>
    <message>
        <source>Too many entries ({count}; at most {limit}).</source>
        <translation>Жазбалар тым көп ({count}; ең көбі {limit}).</translation>
    </message>
    <message>
        <source>There is no case «{case}».</source>
        <translation>«{case}» ісі жоқ.</translation>
    </message>
    <message>
        <source>More than one case has the reference {reference}.</source>
        <translation>{reference} нөмірі бірнеше істе бар.</translation>
    </message>
    <message>
        <source>More than one case starts with {prefix}.</source>
        <translation>{prefix} деп басталатын іс бірнешеу.</translation>
    </message>
    <message>
        <source>Case {reference} was cleared from this computer on {purged_at}, after the office confirmed it holds it. You can still add stages to it.</source>
        <translation>{reference} ісі кеңсе оны сақтайтынын растағаннан кейін {purged_at} бұл компьютерден өшірілді. Оған кезеңдерді бұрынғыша қосуға болады.</translation>
    </message>
    <message>
        <source>This case was deleted.</source>
        <translation>Бұл іс жойылған.</translation>
    </message>
    <message>
        <source>This case still has stages; delete them or file them elsewhere first.</source>
        <translation>Бұл істе әлі кезеңдер бар; алдымен оларды жойыңыз немесе басқа іске ауыстырыңыз.</translation>
    </message>
    <message>
        <source>Only the office merges cases.</source>
        <translation>Істерді тек кеңсе біріктіре алады.</translation>
    </message>
    <message>
        <source>These cases are already one case.</source>
        <translation>Бұл істер бір іске біріктіріліп қойған.</translation>
    </message>
    <message>
        <source>Choose one version to keep, or edit the record.</source>
        <translation>Сақтайтын бір нұсқаны таңдаңыз немесе жазбаны өңдеңіз.</translation>
    </message>
    <message>
        <source>Every side deleted this record; keep one of the versions.</source>
        <translation>Барлық тарап бұл жазбаны жойған; нұсқалардың бірін сақтаңыз.</translation>
    </message>
    <message>
        <source>That version deleted the record, so it has no fields to take; keep it whole instead.</source>
        <translation>Бұл нұсқа жазбаны жойған, сондықтан одан алатын өріс жоқ; оның орнына оны толық қалдырыңыз.</translation>
    </message>
    <message>
        <source>Sources can be saved only once your office is enrolled: they are sealed for the office as you save.</source>
        <translation>Ақпарат көздерін кеңсеңіз тіркелгеннен кейін ғана сақтауға болады: сақтаған кезде олар кеңсе үшін мөрленеді.</translation>
    </message>
    <message>
        <source>This source key cannot open these sources: they were sealed for another source key.</source>
        <translation>Бұл ақпарат көздерінің кілті бұл көздерді ашпайды: олар басқа кілт үшін мөрленген.</translation>
    </message>
    <message>
        <source>The sealed sources are damaged.</source>
        <translation>Мөрленген ақпарат көздері зақымдалған.</translation>
    </message>
    <message>
        <source>{path} already exists; a source key is never overwritten.</source>
        <translation>{path} бар; ақпарат көздерінің кілті ешқашан қайта жазылмайды.</translation>
    </message>
    <message>
        <source>The source key {path} could not be read.</source>
        <translation>{path} ақпарат көздерінің кілті оқылмады.</translation>
    </message>
    <message>
        <source>{path} is not a fieldapp source key, or it was damaged.</source>
        <translation>{path} fieldapp ақпарат көздерінің кілті емес немесе зақымдалған.</translation>
    </message>
    <message>
        <source>Only the office has a source key.</source>
        <translation>Ақпарат көздерінің кілті тек кеңседе болады.</translation>
    </message>
    <message>
        <source>Sources are sealed for the office; only the office can read them.</source>
        <translation>Ақпарат көздері кеңсе үшін мөрленген; оларды тек кеңсе оқи алады.</translation>
    </message>
    <message>
        <source>Only an office vault has a source key.</source>
        <translation>Ақпарат көздерінің кілті тек кеңсе қоймасында болады.</translation>
    </message>
    <message>
        <source>The file is larger than {mib} MiB.</source>
        <translation>Файл {mib} МиБ-тан үлкен.</translation>
    </message>
    <message>
        <source>An original is kept only when areas are hidden.</source>
        <translation>Түпнұсқа тек кейбір аймақтар жасырылғанда сақталады.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Файл оқылмады.</translation>
    </message>
    <message>
        <source>The image is too large to process safely.</source>
        <translation>Сурет қауіпсіз өңдеу үшін тым үлкен.</translation>
    </message>
    <message>
        <source>This file is not an image in which areas can be hidden.</source>
        <translation>Бұл файл аймақтарын жасыруға болатын сурет емес.</translation>
    </message>
    <message>
        <source>«{text}» is not an area: give X,Y,WIDTH,HEIGHT in whole pixels.</source>
        <translation>«{text}» аймақ емес: X,Y,ЕНІ,БИІКТІГІ мәндерін бүтін пиксельмен көрсетіңіз.</translation>
    </message>
    <message>
        <source>An area must be given in whole pixels.</source>
        <translation>Аймақ бүтін пиксельмен беріледі.</translation>
    </message>
    <message>
        <source>An area has no width or height.</source>
        <translation>Аймақтың ені немесе биіктігі жоқ.</translation>
    </message>
    <message>
        <source>An area must be blurred or blacked out.</source>
        <translation>Аймақ бұлдыратылуы немесе қарамен боялуы керек.</translation>
    </message>
    <message>
        <source>An area lies outside the image ({width}×{height} pixels).</source>
        <translation>Аймақ суреттің сыртында жатыр ({width}×{height} пиксель).</translation>
    </message>
    <message>
        <source>This file is not a valid identity card.</source>
        <translation>Бұл файл жарамды сәйкестендіру картасы емес.</translation>
    </message>
    <message>
        <source>The fingerprint you typed does not match this card (its fingerprint is {fingerprint}); nothing was added.</source>
        <translation>Сіз енгізген саусақ ізі бұл картаға сәйкес келмейді (оның саусақ ізі: {fingerprint}); ештеңе қосылмады.</translation>
    </message>
    <message>
        <source>This card belongs to a vault of the wrong role for enrolment here; nothing was added.</source>
        <translation>Бұл карта мұнда тіркеуге болмайтын рөлдегі қоймаға тиесілі; ештеңе қосылмады.</translation>
    </message>
    <message>
        <source>This is this vault&apos;s own card; nothing was added.</source>
        <translation>Бұл осы қойманың өз картасы; ештеңе қосылмады.</translation>
    </message>
    <message>
        <source>{name} ({fingerprint}) is already enrolled.</source>
        <translation>{name} ({fingerprint}) бұрыннан тіркелген.</translation>
    </message>
    <message>
        <source>This vault already has an office; revoke it first to change it.</source>
        <translation>Бұл қойманың кеңсесі бар; оны ауыстыру үшін алдымен қазіргісін қайтарып алыңыз.</translation>
    </message>
    <message>
        <source>No enrolled peer is named {name}.</source>
        <translation>{name} атты тіркелген қатысушы жоқ.</translation>
    </message>
    <message>
        <source>Several peers are named {name}; choose by fingerprint.</source>
        <translation>{name} атты бірнеше қатысушы бар; саусақ ізі бойынша таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} was already revoked on {revoked_at}.</source>
        <translation>{name} {revoked_at} күні қайтарып алынған.</translation>
    </message>
    <message>
        <source>No office is enrolled yet: enrol your office from its identity card under Peers.</source>
        <translation>Кеңсе әлі тіркелмеген: оны «Қатысушылар» бөлімінде сәйкестендіру картасы бойынша тіркеңіз.</translation>
    </message>
    <message>
        <source>Only an observer&apos;s vault exports records; the office imports them.</source>
        <translation>Жазбаларды тек бақылаушы қоймасы экспорттайды; кеңсе оларды импорттайды.</translation>
    </message>
    <message>
        <source>The bundle could not be written to {path}; nothing was marked as sent.</source>
        <translation>Пакет {path} ішіне жазылмады; ештеңе жіберілді деп белгіленбеді.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was changed. Free some space and try again.</source>
        <translation>{path} орналасқан диск толы; ештеңе өзгертілген жоқ. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{purged} records were purged, but the disk holding {path} is too full to erase their old pages; this finishes the next time the vault is opened with free space.</source>
        <translation>Тазартылған жазбалар: {purged}, бірақ {path} орналасқан диск олардың ескі беттерін өшіру үшін тым толы; бұл қойма келесі жолы бос орын болғанда ашылғанда аяқталады.</translation>
    </message>
    <message>
        <source>Only the office publishes a roster.</source>
        <translation>Тізілімді тек кеңсе жариялайды.</translation>
    </message>
    <message>
        <source>Only the office changes the vocabulary; it reaches observers with its roster and receipts.</source>
        <translation>Сөздікті тек орталық кеңсе өзгертеді; бақылаушыларға ол кеңсенің бақылаушылар тізімімен және түбіртектерімен бірге жетеді.</translation>
    </message>
    <message>
        <source>Only the office keeps publication drafts.</source>
        <translation>Жарияланым жобаларын тек кеңсе сақтайды.</translation>
    </message>
    <message>
        <source>There is no publication draft named «{name}».</source>
        <translation>«{name}» деген жарияланым жобасы жоқ.</translation>
    </message>
    <message>
        <source>Give the draft a name on one line, without spaces at its ends.</source>
        <translation>Жобаға бір жолдық, шеттерінде бос орынсыз атау беріңіз.</translation>
    </message>
    <message>
        <source>«{value}» is not a month (YYYY-MM).</source>
        <translation>«{value}» ай емес (ЖЖЖЖ-АА).</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <source>The months chosen are not a whole quarter, half-year or year.</source>
        <translation>Таңдалған айлар толық тоқсан, жарты жыл немесе жыл емес.</translation>
    </message>
    <message>
        <source>The text holds a control character that cannot be printed.</source>
        <translation>Мәтінде басып шығаруға болмайтын басқару таңбасы бар.</translation>
    </message>
    <message>
        <source>A highlight names a case that is not valid.</source>
        <translation>Әңгіме жарамсыз іске сілтейді.</translation>
    </message>
    <message>
        <source>No observer is enrolled yet.</source>
        <translation>Әзірге бірде-бір бақылаушы тіркелмеген.</translation>
    </message>
    <message>
        <source>Only the office writes receipts.</source>
        <translation>Түбіртектерді тек кеңсе жазады.</translation>
    </message>
    <message>
        <source>Only the office&apos;s vault can write keys for a reviewer.</source>
        <translation>Тексерушіге арналған кілттерді тек кеңсе қоймасы жаза алады.</translation>
    </message>
    <message>
        <source>Choose whether to purge delivered records now or to turn automatic purge on or off.</source>
        <translation>Таңдаңыз: жеткізілген жазбаларды қазір тазалау немесе автоматты тазалауды қосу не өшіру.</translation>
    </message>
    <message>
        <source>The vault key file asks for far more key-derivation work than fieldapp ever sets: it is damaged and was refused. This does not count as a wrong passphrase.</source>
        <translation>Қойма кілтінің файлы fieldapp ешқашан белгілемейтіннен әлдеқайда көп кілт шығару жұмысын талап етеді: ол зақымдалған және қабылданбады. Бұл қате құпия фраза болып есептелмейді.</translation>
    </message>
    <message>
        <source>The requested key-derivation settings are above the maximum a key file may ask for.</source>
        <translation>Сұралған кілт шығару параметрлері кілт файлы талап ете алатын ең үлкен мәннен асады.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a folder, a device or a pipe). Choose a file.</source>
        <translation>{path} кәдімгі файл емес (бұл қалта, құрылғы немесе арна). Файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is larger than {limit_kib} KiB, more than such a file can be; it was not read.</source>
        <translation>{path} {limit_kib} КиБ-тан үлкен — мұндай файл бола алатыннан үлкен; ол оқылмады.</translation>
    </message>
    <message>
        <source>The text holds a NUL character or a broken character that no text may hold.</source>
        <translation>Мәтінде NUL таңбасы немесе мәтінде болмауға тиіс бүлінген таңба бар.</translation>
    </message>
    <message>
        <source>The vault is open in another program ({program}, process {pid}). Close it there and try again.</source>
        <translation>Қойма басқа бағдарламада ашық ({program}, процесс {pid}). Оны сонда жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{path}: only .csv and .xlsx spreadsheets can be imported.</source>
        <translation>{path}: тек .csv және .xlsx кестелерін импорттауға болады.</translation>
    </message>
    <message>
        <source>{path} has no header row: row 1 must name the columns.</source>
        <translation>{path} ішінде тақырып жолы жоқ: 1-жолда бағандар аталуы керек.</translation>
    </message>
    <message>
        <source>{path} has {count} columns, more than {limit}.</source>
        <translation>{path} ішінде {count} баған бар, бұл {limit} шегінен көп.</translation>
    </message>
    <message>
        <source>{path} has more than {limit} rows; split it into smaller files.</source>
        <translation>{path} ішінде {limit} жолдан көп; оны кішірек файлдарға бөліңіз.</translation>
    </message>
    <message>
        <source>{path} is not a readable spreadsheet.</source>
        <translation>{path} оқылатын кесте емес.</translation>
    </message>
    <message>
        <source>The cell is longer than {limit} characters or holds a NUL character.</source>
        <translation>Ұяшық {limit} таңбадан ұзын немесе NUL таңбасы бар.</translation>
    </message>
    <message>
        <source>«{value}» is not a date: write DD.MM.YYYY, YYYY-MM-DD or MM.YYYY, or use a date cell.</source>
        <translation>«{value}» күн емес: КК.АА.ЖЖЖЖ, ЖЖЖЖ-АА-КК немесе АА.ЖЖЖЖ түрінде жазыңыз не күн ұяшығын қолданыңыз.</translation>
    </message>
    <message>
        <source>«{value}» is neither a code nor a label in English, Russian or Kazakh.</source>
        <translation>«{value}» ағылшын, орыс не қазақ тіліндегі код та, атау да емес.</translation>
    </message>
    <message>
        <source>The cell holds «{value}» but its column has no header.</source>
        <translation>Ұяшықта «{value}» бар, бірақ оның бағанында тақырып жоқ.</translation>
    </message>
    <message>
        <source>Choose the column for this required field.</source>
        <translation>Осы міндетті өріс үшін бағанды таңдаңыз.</translation>
    </message>
    <message>
        <source>The spreadsheet has no column «{value}».</source>
        <translation>Кестеде «{value}» бағаны жоқ.</translation>
    </message>
    <message>
        <source>Sources of information are never imported from a spreadsheet; enter them in the record, where they are sealed at once.</source>
        <translation>Ақпарат көздері кестеден ешқашан импортталмайды; оларды жазбаға енгізіңіз, онда олар бірден мөрленеді.</translation>
    </message>
    <message>
        <source>The column mapping must pair record fields with column headers.</source>
        <translation>Сәйкестендіру жазба өрістерін баған тақырыптарымен байланыстыруы керек.</translation>
    </message>
    <message>
        <source>Name a column header here.</source>
        <translation>Мұнда баған тақырыбын көрсетіңіз.</translation>
    </message>
    <message>
        <source>{path} cannot be read as an .xlsx spreadsheet. Save it again from the spreadsheet program as .xlsx, or as .csv in UTF-8.</source>
        <translation>{path} .xlsx кестесі ретінде оқылмайды. Оны кесте бағдарламасында қайтадан .xlsx немесе UTF-8 кодтауындағы .csv ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>Write the period&apos;s dates as YYYY-MM or YYYY-MM-DD.</source>
        <translation>Кезең күндерін ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Кезеңнің соңы басынан бұрын.</translation>
    </message>
    <message>
        <source>No observer «{observer}» is known to this vault.</source>
        <translation>«{observer}» бақылаушысы бұл қоймаға белгісіз.</translation>
    </message>
    <message>
        <source>The smallest count shown must be a whole number of at least {minimum}.</source>
        <translation>Көрсетілетін ең кіші сан кемінде {minimum} болатын бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>This setting applies only to the bulletin.</source>
        <translation>Бұл баптау тек бюллетеньге қатысты.</translation>
    </message>
    <message>
        <source>This setting applies only to the figures.</source>
        <translation>Бұл баптау тек сандарға қатысты.</translation>
    </message>
    <message>
        <source>«{value}» is not a period: choose a year, a half-year, a quarter or a month.</source>
        <translation>«{value}» кезең емес: жылды, жарты жылды, тоқсанды немесе айды таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose either a named period or a start and an end, not both.</source>
        <translation>Дайын кезеңді не басы мен соңын таңдаңыз, екеуін бірдей емес.</translation>
    </message>
    <message>
        <source>To compare with the period before, the period needs a start and an end.</source>
        <translation>Алдыңғы кезеңмен салыстыру үшін кезеңнің басы мен соңы болуы керек.</translation>
    </message>
    <message>
        <source>Choose the bulletin&apos;s language.</source>
        <translation>Бюллетеньнің тілін таңдаңыз.</translation>
    </message>
    <message>
        <source>Line {line} of the release keys file {path} cannot be read.</source>
        <translation>Шығарылым кілттері файлының {path} {line}-жолын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The signature file is not a signature fieldapp can check.</source>
        <translation>Қолтаңба файлы fieldapp тексере алатын қолтаңба емес.</translation>
    </message>
    <message>
        <source>The signature was not made for a fieldapp release.</source>
        <translation>Қолтаңба fieldapp шығарылымы үшін қойылмаған.</translation>
    </message>
    <message>
        <source>The signature does not match the list of checksums: the list was changed, or the signature belongs to another list.</source>
        <translation>Қолтаңба бақылау сомаларының тізіміне сәйкес келмейді: тізім өзгертілген немесе қолтаңба басқа тізімге тиесілі.</translation>
    </message>
    <message>
        <source>The list of checksums is signed by the key {fingerprint}, which is not a release key this copy of fieldapp knows.</source>
        <translation>Бақылау сомаларының тізіміне {fingerprint} кілтімен қол қойылған, ал бұл fieldapp-тың осы көшірмесі білетін шығарылым кілті емес.</translation>
    </message>
    <message>
        <source>The list of checksums is far larger than a release&apos;s list can be.</source>
        <translation>Бақылау сомаларының тізімі шығарылымда болатыннан әлдеқайда үлкен.</translation>
    </message>
    <message>
        <source>The list of checksums is far longer than a release&apos;s list can be.</source>
        <translation>Бақылау сомаларының тізімі шығарылымда болатыннан әлдеқайда ұзын.</translation>
    </message>
    <message>
        <source>Line {line} of the list of checksums is not a checksum and a file name.</source>
        <translation>Бақылау сомалары тізімінің {line}-жолы бақылау сомасы мен файл атауы емес.</translation>
    </message>
    <message>
        <source>Line {line} of the list of checksums names a folder path or holds control characters instead of a plain file name.</source>
        <translation>Бақылау сомалары тізімінің {line}-жолында қарапайым файл атауының орнына қалта жолы немесе басқару таңбалары бар.</translation>
    </message>
    <message>
        <source>The list of checksums names «{name}» twice.</source>
        <translation>Бақылау сомаларының тізімінде «{name}» екі рет аталған.</translation>
    </message>
    <message>
        <source>The list of checksums lists no file.</source>
        <translation>Бақылау сомаларының тізімінде бірде-бір файл жоқ.</translation>
    </message>
    <message>
        <source>«{name}» is not in the list of checksums, so it is not a file of this release. If the browser renamed it, give it its name back.</source>
        <translation>«{name}» бақылау сомаларының тізімінде жоқ, демек, бұл осы шығарылымның файлы емес. Егер браузер оның атын өзгертсе, бұрынғы атын қайтарыңыз.</translation>
    </message>
    <message>
        <source>«{name}» is not the file that was released: it was damaged or changed.</source>
        <translation>«{name}» — шығарылған файл емес: ол бүлінген немесе өзгертілген.</translation>
    </message>
    <message>
        <source>The system refused the operation (error {number}).</source>
        <translation>Жүйе әрекетті орындаудан бас тартты (қате {number}).</translation>
    </message>
    <message>
        <source>The operation could not be finished because of an error inside the app.</source>
        <translation>Қолданбаның ішіндегі қатеге байланысты әрекетті аяқтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Диск толып қалды; ештеңе өзгертілмеді. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>This computer does not allow the app to use that file or folder.</source>
        <translation>Бұл компьютер қолданбаға осы файлды не қалтаны пайдалануға рұқсат бермейді.</translation>
    </message>
    <message>
        <source>That file or folder is no longer there.</source>
        <translation>Бұл файл не қалта енді орнында жоқ.</translation>
    </message>
    <message>
        <source>The disk can only be read, not written. Choose another place.</source>
        <translation>Бұл дискіге жазуға болмайды, оны тек оқуға болады. Басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <source>The file is larger than {gib} GiB.</source>
        <translation>Файл {gib} ГиБ-тан үлкен.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <source>This file is not an encrypted bundle.</source>
        <translation>Бұл файл шифрланған пакет емес.</translation>
    </message>
    <message>
        <source>The bundle is not addressed to this vault.</source>
        <translation>Пакет бұл қоймаға арналмаған.</translation>
    </message>
    <message>
        <source>The bundle cannot be decrypted.</source>
        <translation>Пакетті шифрдан шығару мүмкін емес.</translation>
    </message>
    <message>
        <source>The bundle is damaged or cut short.</source>
        <translation>Пакет зақымдалған немесе қиылған.</translation>
    </message>
    <message>
        <source>The archive inside the bundle is malformed.</source>
        <translation>Пакет ішіндегі архив бүлінген.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are not in the expected order.</source>
        <translation>Пакеттің мазмұны күтілген ретпен орналаспаған.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are shorter than they claim.</source>
        <translation>Пакеттің мазмұны мәлімделгеннен қысқа.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is missing or misplaced.</source>
        <translation>Пакеттің қолтаңбасы жоқ немесе орнында емес.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is too large.</source>
        <translation>Пакеттің қолтаңбасы тым үлкен.</translation>
    </message>
    <message>
        <source>The bundle holds more than it should.</source>
        <translation>Пакетте артық бөліктер бар.</translation>
    </message>
    <message>
        <source>The bundle&apos;s table of contents is missing or too large.</source>
        <translation>Пакеттің мазмұндамасы жоқ немесе тым үлкен.</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are missing or misplaced.</source>
        <translation>Пакеттің жазбалары жоқ немесе орнында емес.</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are larger than the limit.</source>
        <translation>Пакеттің жазбалары рұқсат етілген көлемнен асады.</translation>
    </message>
    <message>
        <source>The bundle holds an unexpected file.</source>
        <translation>Пакетте күтілмеген файл бар.</translation>
    </message>
    <message>
        <source>The bundle&apos;s attachments are repeated or out of order.</source>
        <translation>Пакеттің тіркемелері қайталанады немесе ретсіз.</translation>
    </message>
    <message>
        <source>An attachment, or their number, exceeds the limit.</source>
        <translation>Тіркеме немесе олардың саны шектен асады.</translation>
    </message>
    <message>
        <source>There is data after the end of the bundle&apos;s archive.</source>
        <translation>Пакет архивінің соңынан кейін артық деректер бар.</translation>
    </message>
    <message>
        <source>The bundle&apos;s padding is longer than it should be.</source>
        <translation>Пакеттің толтырмасы тиісті мөлшерден ұзын.</translation>
    </message>
    <message>
        <source>The bundle&apos;s padding is shorter than it should be.</source>
        <translation>Пакеттің толтырмасы тиісті мөлшерден қысқа.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not valid.</source>
        <translation>Пакеттің қолтаңбасы жарамсыз.</translation>
    </message>
    <message>
        <source>The bundle is signed by a key this vault does not know ({signer}); enrol its observer first.</source>
        <translation>Пакетке бұл қоймаға белгісіз кілтпен қол қойылған ({signer}); алдымен оның бақылаушысын тіркеңіз.</translation>
    </message>
    <message>
        <source>The bundle is signed by {name}, whose key was revoked on {revoked_at}.</source>
        <translation>Пакетке {name} қол қойған, оның кілті {revoked_at} күні қайтарып алынған.</translation>
    </message>
    <message>
        <source>This bundle must be signed by this vault&apos;s office, and it is not.</source>
        <translation>Бұл пакетке осы қойманың кеңсесі қол қоюы керек еді, бірақ олай емес.</translation>
    </message>
    <message>
        <source>Part of the bundle is not valid JSON.</source>
        <translation>Пакеттің бір бөлігі дұрыс JSON емес.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records is not valid JSON.</source>
        <translation>Пакет жазбаларының {line}-жолы дұрыс JSON емес.</translation>
    </message>
    <message>
        <source>The bundle&apos;s table of contents has missing or unknown fields.</source>
        <translation>Пакеттің мазмұндамасында өрістер жетіспейді немесе белгісіз өрістер бар.</translation>
    </message>
    <message>
        <source>This bundle&apos;s format version is not supported.</source>
        <translation>Бұл пакеттің пішім нұсқасына қолдау көрсетілмейді.</translation>
    </message>
    <message>
        <source>This kind of bundle is not meant for this vault.</source>
        <translation>Мұндай түрдегі пакет бұл қоймаға арналмаған.</translation>
    </message>
    <message>
        <source>The bundle is addressed to another vault (it was re-encrypted or forwarded).</source>
        <translation>Пакет басқа қоймаға арналған (ол қайта шифрланған немесе басқаға жіберілген).</translation>
    </message>
    <message>
        <source>The bundle names another sender than the key that signed it.</source>
        <translation>Пакетте оған қол қойған кілттен басқа жіберуші көрсетілген.</translation>
    </message>
    <message>
        <source>A count in the bundle&apos;s table of contents is not valid.</source>
        <translation>Пакет мазмұндамасындағы сан жарамсыз.</translation>
    </message>
    <message>
        <source>The bundle&apos;s identifier is malformed.</source>
        <translation>Пакеттің идентификаторы бүлінген.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records is not a version, a case or an attachment.</source>
        <translation>Пакет жазбаларының {line}-жолы нұсқа да, іс те, тіркеме де емес.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records has missing or unknown fields.</source>
        <translation>Пакет жазбаларының {line}-жолында өрістер жетіспейді немесе белгісіз өрістер бар.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records has a malformed field.</source>
        <translation>Пакет жазбаларының {line}-жолында бүлінген өріс бар.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records claims another author than the bundle&apos;s signer.</source>
        <translation>Пакет жазбаларының {line}-жолында пакетке қол қойған адамнан басқа автор көрсетілген.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records is a deletion with content or a wrong hash.</source>
        <translation>Пакет жазбаларының {line}-жолы — мазмұны немесе қате хеші бар жою.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records uses the code «{value}», which this vault&apos;s vocabulary never had; nothing was imported.</source>
        <translation>Пакет жазбаларының {line}-жолында осы қойманың сөздігінде ешқашан болмаған «{value}» коды бар; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records holds an invalid record.</source>
        <translation>Пакет жазбаларының {line}-жолында жарамсыз жазба бар.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records is a case with missing or unknown fields.</source>
        <translation>Пакет жазбаларының {line}-жолындағы істің өрістері жетіспейді немесе белгісіз.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records holds an invalid case.</source>
        <translation>Пакет жазбаларының {line}-жолында жарамсыз іс бар.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records carries sources in plain text; they must be sealed.</source>
        <translation>Пакет жазбаларының {line}-жолында ақпарат көздері ашық мәтінмен берілген; олар мөрленуі керек.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records does not match its hash.</source>
        <translation>Пакет жазбаларының {line}-жолы өз хешіне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records describes an attachment with missing or unknown fields.</source>
        <translation>Пакет жазбаларының {line}-жолы өрістері жетіспейтін не белгісіз тіркемені сипаттайды.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records describes an attachment with a malformed field.</source>
        <translation>Пакет жазбаларының {line}-жолы өрісі бүлінген тіркемені сипаттайды.</translation>
    </message>
    <message>
        <source>The bundle&apos;s {member} is nested deeper than {limit} levels.</source>
        <translation>Пакеттегі {member} файлының ұялануы {limit} деңгейден терең.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s {member} is nested deeper than {limit} levels.</source>
        <translation>Пакеттегі {member} файлының {line}-жолының ұялануы {limit} деңгейден терең.</translation>
    </message>
    <message>
        <source>The bundle&apos;s encryption header is larger than any this app writes.</source>
        <translation>Пакеттің шифрлау тақырыбы осы қолданба жазатыннан үлкен.</translation>
    </message>
    <message>
        <source>The bundle&apos;s creation time is malformed.</source>
        <translation>Пакеттің жасалған уақыты дұрыс пішімде емес.</translation>
    </message>
    <message>
        <source>The bundle&apos;s number {sequence} is more than {step} past the highest received from this observer ({highest}).</source>
        <translation>Пакет нөмірі {sequence} осы бақылаушыдан алынған ең үлкен нөмірден ({highest}) {step}-ден артық асады.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records has a malformed identifier ({field}).</source>
        <translation>Пакет жазбаларының {line}-жолында идентификатор ({field}) дұрыс емес.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records has a malformed version time.</source>
        <translation>Пакет жазбаларының {line}-жолында нұсқа уақыты дұрыс емес.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records has a version time more than {hours} hours ahead of this computer&apos;s clock.</source>
        <translation>Пакет жазбаларының {line}-жолындағы нұсқа уақыты осы компьютердің сағатынан {hours} сағаттан артық алда.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records holds a control character in {field}.</source>
        <translation>Пакет жазбаларының {line}-жолында {field} өрісінде басқару таңбасы бар.</translation>
    </message>
    <message>
        <source>This text holds a control character, which is not allowed.</source>
        <translation>Бұл мәтінде басқару таңбасы бар, бұған рұқсат жоқ.</translation>
    </message>
    <message>
        <source>The sources are not sealed to the office&apos;s source key.</source>
        <translation>Ақпарат көздері кеңсенің ақпарат көздерінің кілтімен мөрленбеген.</translation>
    </message>
    <message>
        <source>The file&apos;s JSON is nested deeper than {limit} levels.</source>
        <translation>Файлдағы JSON ұялануы {limit} деңгейден терең.</translation>
    </message>
    <message>
        <source>The bundle&apos;s counts do not match its records.</source>
        <translation>Пакеттегі сандар оның жазбаларына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>A version appears twice in the bundle.</source>
        <translation>Пакетте бір нұсқа екі рет кездеседі.</translation>
    </message>
    <message>
        <source>A version in the bundle differs from the copy this vault already holds.</source>
        <translation>Пакеттегі нұсқа осы қоймада бар көшірмеден өзгеше.</translation>
    </message>
    <message>
        <source>An attachment&apos;s content does not match its hash.</source>
        <translation>Тіркеменің мазмұны оның хешіне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The attachments listed and those carried differ.</source>
        <translation>Тізімдегі тіркемелер мен жеткізілгендері сәйкес келмейді.</translation>
    </message>
    <message>
        <source>An attachment&apos;s size does not match its description.</source>
        <translation>Тіркеменің көлемі оның сипаттамасына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>An attachment changed while it was being read.</source>
        <translation>Тіркеме оқылып жатқанда өзгерді.</translation>
    </message>
    <message>
        <source>The bundle changed while it was being imported.</source>
        <translation>Пакет импортталып жатқанда өзгерді.</translation>
    </message>
    <message>
        <source>This receipt was already applied (a replay).</source>
        <translation>Бұл түбіртек бұрын қолданылған (қайталау).</translation>
    </message>
    <message>
        <source>A receipt must carry exactly one list of versions.</source>
        <translation>Түбіртекте нұсқалардың тек бір тізімі болуы керек.</translation>
    </message>
    <message>
        <source>The receipt is malformed.</source>
        <translation>Түбіртек бүлінген.</translation>
    </message>
    <message>
        <source>The receipt&apos;s count does not match its list.</source>
        <translation>Түбіртектегі сан оның тізіміне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>A roster bundle must carry exactly one roster.</source>
        <translation>Тізілім пакетінде тек бір тізілім болуы керек.</translation>
    </message>
    <message>
        <source>The roster is malformed.</source>
        <translation>Тізілім бүлінген.</translation>
    </message>
    <message>
        <source>The roster&apos;s version does not match its bundle.</source>
        <translation>Тізілімнің нұсқасы оның пакетіне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Roster version {version} is not newer than version {held}, already accepted.</source>
        <translation>Тізілімнің {version}-нұсқасы бұрын қабылданған {held}-нұсқадан жаңа емес.</translation>
    </message>
    <message>
        <source>The roster names no recipient.</source>
        <translation>Тізілімде бірде-бір алушы көрсетілмеген.</translation>
    </message>
    <message>
        <source>The roster holds a malformed recipient.</source>
        <translation>Тізілімде бүлінген алушы бар.</translation>
    </message>
    <message>
        <source>The vocabulary this bundle carries is malformed; nothing was changed.</source>
        <translation>Бұл пакеттегі сөздік бүлінген; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing changed.</source>
        <translation>Бұл пакет бұрын импортталған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Record {record_id} holds another author&apos;s versions or evidence: a bundle may edit or delete only the records its sender created. Nothing from this bundle was imported.</source>
        <translation>{record_id} жазбасында басқа автордың нұсқалары немесе дәлелдері бар: пакет тек өз жіберушісі жасаған жазбаларды өзгерте немесе жоя алады. Бұл пакеттен ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>An attachment is for record {record_id}, which holds another author&apos;s versions or evidence: evidence may be attached only to the sender&apos;s own records. Nothing from this bundle was imported.</source>
        <translation>Тіркеме басқа автордың нұсқалары немесе дәлелдері бар {record_id} жазбасына арналған: дәлелдерді тек жіберушінің өз жазбаларына тіркеуге болады. Бұл пакеттен ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>The bundle changes case {case_id}, which another observer opened. Nothing from this bundle was imported.</source>
        <translation>Пакет басқа бақылаушы ашқан {case_id} ісін өзгертеді. Бұл пакеттен ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>A version of case {case_id} continues a version by another author. Nothing from this bundle was imported.</source>
        <translation>{case_id} ісінің нұсқасы басқа автордың нұсқасын жалғастырады. Бұл пакеттен ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>A version of record {record_id} continues a version by another author. Nothing from this bundle was imported.</source>
        <translation>{record_id} жазбасының нұсқасы басқа автордың нұсқасын жалғастырады. Бұл пакеттен ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>The bundle {path} cannot be read. Nothing from it was imported.</source>
        <translation>{path} пакеті оқылмады. Одан ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>The bundle could not be imported ({error}). Nothing from it was kept.</source>
        <translation>Пакетті импорттау мүмкін болмады ({error}). Одан ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>The receipt was applied, but purging the delivered records failed ({error}). They will be purged with the next receipt.</source>
        <translation>Түбіртек қолданылды, бірақ жеткізілген жазбаларды тазалау сәтсіз аяқталды ({error}). Олар келесі түбіртекпен тазаланады.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>This picture cannot be shown here: its format is not one the app can display. Save a copy to open it with another program.</source>
        <translation>Бұл суретті мұнда көрсету мүмкін емес: қолданба оның пішімін көрсете алмайды. Оны басқа бағдарламада ашу үшін көшірмесін сақтаңыз.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, shown at %3 %</source>
        <translation>%1 × %2 пиксель, масштабы %3 %</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Дәлел: %1</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Терезеге сыйдыру</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Нақты өлшемі</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Көшірмесін сақтау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Decrypting %1…</source>
        <translation>%1 шифрдан шығарылуда…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Signing and encrypting…</source>
        <translation>Қол қойылып, шифрлануда…</translation>
    </message>
    <message>
        <source>Nothing new to export; no bundle was written.</source>
        <translation>Экспорттайтын жаңа ештеңе жоқ; пакет жазылмады.</translation>
    </message>
    <message>
        <source>Nothing to send yet: the vault has no records. Record something first (New record, Ctrl+N).</source>
        <translation>Әзірге жіберетін ештеңе жоқ: қоймада жазба жоқ. Алдымен жазба жасаңыз (Жаңа жазба, Ctrl+N).</translation>
    </message>
    <message>
        <source>Nothing new to send: the office has everything up to your last export. Record or edit something first, or tick the box below to send it all again.</source>
        <translation>Жіберетін жаңа ештеңе жоқ: соңғы экспортыңызға дейінгінің бәрі кеңседе бар. Алдымен жазба жасаңыз не өзгертіңіз, немесе бәрін қайта жіберу үшін төмендегі белгіні қойыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases opened or changed go with them.</source>
        <translation>
            <numerusform>Олармен бірге %n жаңа немесе өзгертілген іс жіберіледі.</numerusform>
            <numerusform>Олармен бірге %n жаңа немесе өзгертілген іс жіберіледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>To %1. Changes: %2 (records: %3), attachments: %4. The bundle is signed and encrypted; only the office can open it, and its name and size say nothing about you.</source>
        <translation>Алушы: %1. Өзгерістер: %2 (жазбалар: %3), тіркемелер: %4. Пакетке қол қойылған және ол шифрланған; оны тек кеңсе ғана аша алады, ал оның атауы мен өлшемі сіз туралы ештеңе айтпайды.</translation>
    </message>
    <message>
        <source>Written: %1 (changes: %2, attachments: %3). Take it to the office; you may delete it once they have it.</source>
        <translation>Жазылды: %1 (өзгерістер: %2, тіркемелер: %3). Оны кеңсеге апарыңыз; кеңсе алғаннан кейін оны жоюға болады.</translation>
    </message>
    <message>
        <source>Export for the office</source>
        <translation>Кеңсе үшін экспорттау</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Қалтаны таңдау…</translation>
    </message>
    <message>
        <source>Where to write the bundle, e.g. a USB stick</source>
        <translation>Пакетті жазатын орын, мысалы, USB-флешка</translation>
    </message>
    <message>
        <source>Export everything again, not only what is new</source>
        <translation>Тек жаңасын емес, бәрін қайта экспорттау</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
</context>
<context>
    <name>FieldApp</name>
    <message>
        <source>Demo vault passphrase: %1</source>
        <translation>Демо қойманың құпия фразасы: %1</translation>
    </message>
    <message>
        <source>Creating the demo vault…</source>
        <translation>Демо қойма құрылуда…</translation>
    </message>
    <message>
        <source>The vault could not be deleted completely: %1</source>
        <translation>Қойманы толық жою мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>The vault was deleted after %n wrong passphrases in a row, as its settings asked. You can create a new vault.</source>
        <translation>
            <numerusform>Баптауларында көрсетілгендей, қатарынан %n рет қате құпия фраза енгізілгеннен кейін қойма жойылды. Жаңа қойма құруға болады.</numerusform>
            <numerusform>Баптауларында көрсетілгендей, қатарынан %n рет қате құпия фраза енгізілгеннен кейін қойма жойылды. Жаңа қойма құруға болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Баптауларды сақтау мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Барлық салалар</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>Барлық блоктар</translation>
    </message>
    <message>
        <source>Search titles, places, descriptions, names…</source>
        <translation>Тақырыптар, орындар, сипаттамалар, аттар бойынша іздеу…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM</source>
        <translation>ЖЖЖЖ-АА-КК немесе ЖЖЖЖ-АА</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <source>Your observers</source>
        <translation>Бақылаушыларыңыз</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Кеңсеңіз</translation>
    </message>
    <message>
        <source>Each observer sends you their identity card; you enrol it by checking the code they read out to you. Only enrolled observers&apos; bundles are accepted.</source>
        <translation>Әр бақылаушы сізге өз картасын жібереді; сіз оны ол оқып берген кодпен салыстырып тіркейсіз. Тек тіркелген бақылаушылардың пакеттері қабылданады.</translation>
    </message>
    <message>
        <source>Enrol an observer now, when the window opens</source>
        <translation>Терезе ашылғанда бақылаушыны қазір тіркеу</translation>
    </message>
    <message>
        <source>Your bundles can only be read by an office you have enrolled: import the office&apos;s identity card and check its code with the coordinator.</source>
        <translation>Пакеттеріңізді тек сіз тіркеген кеңсе ғана оқи алады: кеңсенің картасын импорттап, оның кодын үйлестірушімен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Enrol my office now, when the window opens</source>
        <translation>Терезе ашылғанда кеңсемді қазір тіркеу</translation>
    </message>
    <message>
        <source>Later: Vault → Peers… whenever I am ready</source>
        <translation>Кейінірек: Қойма → Қатысушылар…, дайын болғанда</translation>
    </message>
    <message>
        <source>Welcome to fieldapp</source>
        <translation>fieldapp-қа қош келдіңіз</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Сіз кімсіз</translation>
    </message>
    <message>
        <source>fieldapp keeps what you record in an encrypted vault on this computer. First, say who will use it.</source>
        <translation>fieldapp жазғандарыңызды осы компьютердегі шифрланған қоймада сақтайды. Алдымен оны кім қолданатынын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Regional observer</source>
        <translation>Өңірлік бақылаушы</translation>
    </message>
    <message>
        <source>Central office (coordinator)</source>
        <translation>Орталық кеңсе (үйлестіруші)</translation>
    </message>
    <message>
        <source>e.g. Pavlodar observer</source>
        <translation>мысалы, Павлодар бақылаушысы</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Құпия фразаңыз</translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember: several words are easier to remember and harder to guess. Without it nobody, including you, can open the vault.</source>
        <translation>Есте сақтай алатын құпия фраза таңдаңыз: бірнеше сөзді есте сақтау оңай, ал табу қиын. Онсыз ешкім, тіпті сіз де, қойманы аша алмайды.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Беріктігі</translation>
    </message>
    <message>
        <source>Your first record</source>
        <translation>Алғашқы жазбаңыз</translation>
    </message>
    <message>
        <source>Your vault is ready. Record a threat or an attack as soon as you learn of it: New record (Ctrl+N) in the window.</source>
        <translation>Қоймаңыз дайын. Қауіп не шабуыл туралы білген бойда жазып алыңыз: терезедегі «Жаңа жазба» (Ctrl+N).</translation>
    </message>
    <message>
        <source>Record my first threat</source>
        <translation>Алғашқы қауіпті жазу</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Қойма жасау</translation>
    </message>
    <message>
        <source>Open the vault</source>
        <translation>Қойманы ашу</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
</context>
<context>
    <name>HighlightListModel</name>
    <message>
        <source>Highlight %1 (no title yet)</source>
        <translation>%1-әңгіме (әзірге тақырыбы жоқ)</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>A highlight prints only the title and the text you write here. The case&apos;s reference is never printed, and nothing is taken from its records: write nothing that identifies a person.</source>
        <translation>Әңгімеде тек осында жазған тақырып пен мәтін басылады. Істің нөмірі ешқашан басылмайды, оның жазбаларынан ештеңе алынбайды: адамды анықтауға болатын ештеңе жазбаңыз.</translation>
    </message>
    <message>
        <source>The case it tells of (never printed)</source>
        <translation>Әңгіме қай іс туралы (басылмайды)</translation>
    </message>
    <message>
        <source>Add highlight</source>
        <translation>Әңгіме қосу</translation>
    </message>
    <message>
        <source>Remove highlight</source>
        <translation>Әңгімені алып тастау</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Пакеттерді импорттау</translation>
    </message>
    <message>
        <source>Each bundle is decrypted, its signature checked against the enrolled observers, and merged in one step; a bundle that fails any check changes nothing.</source>
        <translation>Әр пакеттің шифры ашылады, қолтаңбасы тіркелген бақылаушылармен салыстырылып тексеріледі және ол бір қадамда біріктіріледі; қандай да бір тексеруден өтпеген пакет ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>Add bundles…</source>
        <translation>Пакеттерді қосу…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Show which check each refused file failed</source>
        <translation>Әр қабылданбаған файл қай тексеруден өтпегенін көрсету</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>күтуде</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>бұрын импортталған</translation>
    </message>
    <message>
        <source>size</source>
        <translation>өлшем</translation>
    </message>
    <message>
        <source>decryption</source>
        <translation>шифрын ашу</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>архив</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>қолтаңба</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>манифест</translation>
    </message>
    <message>
        <source>records</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>тіркемелер</translation>
    </message>
    <message>
        <source>%1 check failed: %2</source>
        <translation>«%1» тексеруі өтпеді: %2</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The office&apos;s vocabulary, version %1, is now in use.</source>
        <translation>Енді кеңсенің анықтамалықтары қолданылады, %1-нұсқа.</translation>
    </message>
    <message>
        <source>Roster version %1 from %2.</source>
        <translation>Тізілімнің %1-нұсқасы, жіберуші: %2.</translation>
    </message>
    <message>
        <source>From %1, bundle %2: %3 new, %4 updated, %5 unchanged, %6 in conflict.</source>
        <translation>Жіберуші: %1, пакет %2: жаңа — %3, жаңартылған — %4, өзгеріссіз — %5, қайшылықта — %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases new or changed.</source>
        <translation>
            <numerusform>%n іс жаңа немесе өзгертілген.</numerusform>
            <numerusform>%n іс жаңа немесе өзгертілген.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles not yet received: %1.</source>
        <translation>Әлі алынбаған пакеттер: %1.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>KindListModel</name>
    <message>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Салалар</translation>
    </message>
    <message>
        <source>Threat blocks</source>
        <translation>Қауіп блоктары</translation>
    </message>
    <message>
        <source>Threat types</source>
        <translation>Қауіп түрлері</translation>
    </message>
    <message>
        <source>Perpetrator kinds</source>
        <translation>Қысым жасаушы түрлері</translation>
    </message>
    <message>
        <source>State bodies</source>
        <translation>Мемлекеттік органдар</translation>
    </message>
    <message>
        <source>Genders</source>
        <translation>Жыныс</translation>
    </message>
    <message>
        <source>Victim categories</source>
        <translation>Зардап шегушілер санаттары</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Заң баптары</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source>Title ({language})</source>
        <translation>Тақырыбы ({language})</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>The vault is locked. Its records stay encrypted on this computer until you unlock it with its passphrase.</source>
        <translation>Қойма құлыптаулы. Оның құлпын құпия фразаңызбен ашқанша, оның жазбалары осы компьютерде шифрланған күйде қалады.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Құлпын ашу…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Record saved.</source>
        <translation>Жазба сақталды.</translation>
    </message>
    <message>
        <source>Record deleted.</source>
        <translation>Жазба жойылды.</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Құпия фраза өзгертілді.</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1</source>
        <translation>Аудит журналы өзгертілген: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each chained to the one before.</source>
        <translation>
            <numerusform>Аудит журналы бүтін: %n жазба, әрқайсысы алдыңғысымен байланысқан.</numerusform>
            <numerusform>Аудит журналы бүтін: %n жазба, әрқайсысы алдыңғысымен байланысқан.</numerusform>
        </translation>
    </message>
    <message>
        <source>No records yet: New record (Ctrl+N)</source>
        <translation>Әзірге жазба жоқ: Жаңа жазба (Ctrl+N)</translation>
    </message>
    <message>
        <source>No record matches the search and filters.</source>
        <translation>Іздеу мен сүзгілерге сәйкес келетін жазба жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n records imported.</source>
        <translation>
            <numerusform>%n жазба импортталды.</numerusform>
            <numerusform>%n жазба импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard…</source>
        <translation>Шолу тақтасы…</translation>
    </message>
    <message>
        <source>Possible duplicates…</source>
        <translation>Ықтимал қайталанулар…</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Құпия фразаны өзгерту…</translation>
    </message>
    <message>
        <source>Check audit log</source>
        <translation>Аудит журналын тексеру</translation>
    </message>
    <message>
        <source>Export for the office…</source>
        <translation>Кеңсе үшін экспорттау…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Пакеттерді импорттау…</translation>
    </message>
    <message>
        <source>Peers…</source>
        <translation>Қатысушылар…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Қайшылықтар…</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Қойманы қазір құлыптау (Ctrl+L)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation>Жылдам жою…</translation>
    </message>
    <message>
        <source>Overwrite and delete this vault after a short countdown (Ctrl+Shift+Delete)</source>
        <translation>Қысқа кері санақтан кейін осы қойманы қайта жазып, жою (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Құлпын ашу…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Қойма</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Check a download…</source>
        <translation>Жүктелген файлды тексеру…</translation>
    </message>
    <message>
        <source>About fieldapp…</source>
        <translation>fieldapp туралы…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>%1 and %2 will be one case: both references will lead to it, with the stages and persons of both. A merge cannot be undone. Merge them?</source>
        <translation>%1 және %2 бір іске айналады: екі нөмір де соған апарады, онда екі істің де барлық кезеңдері мен адамдары болады. Біріктіруді кері қайтару мүмкін емес. Біріктіру керек пе?</translation>
    </message>
    <message>
        <source>Merge two cases</source>
        <translation>Екі істі біріктіру</translation>
    </message>
    <message>
        <source>Merge them</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Keep them apart</source>
        <translation>Бөлек қалдыру</translation>
    </message>
    <message>
        <source>Merge cases</source>
        <translation>Істерді біріктіру</translation>
    </message>
    <message>
        <source>Choose the case that is the same matter as %1.</source>
        <translation>%1 ісімен бір мәселеге қатысты істі таңдаңыз.</translation>
    </message>
    <message>
        <source>Search by reference or title</source>
        <translation>Нөмір немесе тақырып бойынша іздеу</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Біріктіру…</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Кілттің саусақ ізі</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Орталық кеңсе</translation>
    </message>
    <message>
        <source>Regional observer</source>
        <translation>Өңірлік бақылаушы</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>қайтарып алынған: %1</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>тіркелген</translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message>
        <source>No observer is enrolled yet. Ask an observer for their identity card, then enrol it with the button below.</source>
        <translation>Әзірге бірде-бір бақылаушы тіркелмеген. Бақылаушыдан оның картасын сұраңыз да, төмендегі батырмамен тіркеңіз.</translation>
    </message>
    <message>
        <source>No office is enrolled yet: your bundles cannot go anywhere. Ask the office for its identity card, then enrol it with the button below.</source>
        <translation>Кеңсе әлі тіркелмеген: пакеттеріңізді жіберетін жер жоқ. Кеңседен оның картасын сұраңыз да, төмендегі батырмамен тіркеңіз.</translation>
    </message>
    <message>
        <source>The code matched: %1 is enrolled.</source>
        <translation>Код сәйкес келді: %1 тіркелді.</translation>
    </message>
    <message>
        <source>Revoke %1? Their bundles will be refused from now on.</source>
        <translation>%1 тіркеуін қайтарып алу керек пе? Бұдан былай оның пакеттері қабылданбайды.</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 қайтарып алу</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>%1 is revoked.</source>
        <translation>%1 тіркеуі қайтарып алынды.</translation>
    </message>
    <message>
        <source>Card saved to %1.</source>
        <translation>Карта сақталды: %1.</translation>
    </message>
    <message>
        <source>Peers and enrolment</source>
        <translation>Қатысушылар және тіркеу</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Осы қойма</translation>
    </message>
    <message>
        <source>%1. Fingerprint: %2. Safety code: %3. Read the safety code out to the person who enrols you.</source>
        <translation>%1. Кілттің саусақ ізі: %2. Қауіпсіздік коды: %3. Қауіпсіздік кодын сізді тіркейтін адамға оқып беріңіз.</translation>
    </message>
    <message>
        <source>Save my identity card…</source>
        <translation>Менің сәйкестендіру картамды сақтау…</translation>
    </message>
    <message>
        <source>Enrol from a card…</source>
        <translation>Карта бойынша тіркеу…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Қайтарып алу…</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Quarter</source>
        <extracomment>The order the editors stand in: the state language, then Russian, then English.</extracomment>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Жарты жыл</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Custom months</source>
        <translation>Таңдалған айлар</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>%1-тоқсан</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>бірінші жарты жыл</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>екінші жарты жыл</translation>
    </message>
</context>
<context>
    <name>PerpetratorRow</name>
    <message>
        <source>Name (optional)</source>
        <translation>Аты (міндетті емес)</translation>
    </message>
    <message>
        <source>— kind —</source>
        <translation>— түрі —</translation>
    </message>
    <message>
        <source>— state body —</source>
        <translation>— мемлекеттік орган —</translation>
    </message>
</context>
<context>
    <name>PlainErrors</name>
    <message>
        <source>This file was damaged or changed on the way. Ask for it again.</source>
        <translation>Бұл файл жолда бүлінген немесе өзгертілген. Оны қайта жіберуді сұраңыз.</translation>
    </message>
    <message>
        <source>This file was made for another vault. Ask the sender to make it again for this office.</source>
        <translation>Бұл файл басқа қоймаға арналып жасалған. Жіберушіден оны осы кеңсе үшін қайта жасауды сұраңыз.</translation>
    </message>
    <message>
        <source>This file is not a bundle from this app. Check that you chose the right file.</source>
        <translation>Бұл файл осы қолданбаның пакеті емес. Дұрыс файлды таңдағаныңызды тексеріңіз.</translation>
    </message>
    <message>
        <source>This file comes from an observer who is not enrolled here. Enrol the observer, then import the file again.</source>
        <translation>Бұл файл мұнда тіркелмеген бақылаушыдан келген. Бақылаушыны тіркеп, файлды қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>This file comes from an observer whose enrolment was withdrawn. Nothing from it was imported.</source>
        <translation>Бұл файл тіркеуі кері қайтарылған бақылаушыдан келген. Одан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of the app. Update the app here, then import the file again.</source>
        <translation>Бұл файлды қолданбаның жаңарақ нұсқасы жасаған. Мұндағы қолданбаны жаңартып, файлды қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>This file changes records that belong to another observer, so nothing from it was imported.</source>
        <translation>Бұл файл басқа бақылаушының жазбаларын өзгертеді, сондықтан одан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This file uses a list value this office never issued, so nothing from it was imported.</source>
        <translation>Бұл файлда осы кеңсе ешқашан шығармаған тізім мәні бар, сондықтан одан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Many bundles from this observer before this one have not arrived. Import the earlier ones first.</source>
        <translation>Осы бақылаушының бұған дейінгі көп пакеті әлі келмеген. Алдымен соларды импорттаңыз.</translation>
    </message>
    <message>
        <source>The sender&apos;s computer clock is set far ahead. Ask them to correct it and send the file again.</source>
        <translation>Жіберушінің компьютеріндегі сағат тым алға кетіп тұр. Оны түзетіп, файлды қайта жіберуді сұраңыз.</translation>
    </message>
    <message>
        <source>This file was already taken in; nothing changed.</source>
        <translation>Бұл файл бұрын қабылданған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>This file could not be read. Check the disk or USB stick and try again.</source>
        <translation>Бұл файлды оқу мүмкін болмады. Дискіні немесе флешканы тексеріп, қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Attach evidence</source>
        <translation>Дәлелдерді тіркеу</translation>
    </message>
    <message>
        <source>Where to write the bundle</source>
        <translation>Пакетті қайда жазу керек</translation>
    </message>
    <message>
        <source>Where to write the tables</source>
        <translation>Кестелерді қайда жазу керек</translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation>Импортталатын пакеттер</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>Импортталатын кесте</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Сәйкестендіру картасы</translation>
    </message>
    <message>
        <source>Source key</source>
        <translation>Ақпарат көздерінің кілті</translation>
    </message>
    <message>
        <source>Save identity card</source>
        <translation>Сәйкестендіру картасын сақтау</translation>
    </message>
    <message>
        <source>Export the publication</source>
        <translation>Жарияланымды экспорттау</translation>
    </message>
    <message>
        <source>Save a copy of the evidence</source>
        <translation>Дәлелдің көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Шифрланбаған көшірмені сақтау</translation>
    </message>
    <message>
        <source>The copy of “%1” will NOT be encrypted. Anyone who gets this computer, or the disk or stick you save it to, can open it. Save it only if you must, and delete it when you no longer need it.</source>
        <translation>«%1» көшірмесі ШИФРЛАНБАЙДЫ. Бұл компьютер немесе сіз оны сақтаған диск не флешка кімнің қолына түссе, сол оны аша алады. Оны тек қажет болғанда ғана сақтаңыз және керегі болмай қалғанда жойыңыз.</translation>
    </message>
    <message>
        <source>Keep it only in the vault</source>
        <translation>Тек қоймада қалдыру</translation>
    </message>
    <message>
        <source>Delete the record “%1”? It leaves lists and search; its history stays in the vault.</source>
        <translation>«%1» жазбасын жою керек пе? Ол тізімдер мен іздеуден алынады; оның тарихы қоймада қалады.</translation>
    </message>
    <message>
        <source>Delete this record</source>
        <translation>Бұл жазбаны жою</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>fieldapp</source>
        <translation>fieldapp</translation>
    </message>
</context>
<context>
    <name>PublicationActions</name>
    <message>
        <source>Publication…</source>
        <translation>Жарияланым…</translation>
    </message>
</context>
<context>
    <name>PublicationComposer</name>
    <message>
        <source>Publication</source>
        <translation>Жарияланым</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Hide counts below</source>
        <translation>Мына саннан кішісін жасыру</translation>
    </message>
    <message>
        <source>Preview in</source>
        <translation>Алдын ала қарау тілі</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Жаңа жоба</translation>
    </message>
    <message>
        <source>A draft for the next period, starting from this draft&apos;s texts</source>
        <translation>Осы жобаның мәтіндерінен басталатын келесі кезеңнің жобасы</translation>
    </message>
    <message>
        <source>This draft is not saved yet</source>
        <translation>Бұл жоба әлі сақталмаған</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <source>Keep the texts encrypted in the vault</source>
        <translation>Мәтіндерді қоймада шифрланған күйде сақтау</translation>
    </message>
    <message>
        <source>Compare with the period before</source>
        <translation>Алдыңғы кезеңмен салыстыру</translation>
    </message>
    <message>
        <source>Counts smaller than this are withheld, so no person can be singled out</source>
        <translation>Бұдан кіші сандар көрсетілмейді, сонда ешкімді жеке анықтау мүмкін болмайды</translation>
    </message>
    <message>
        <source>Texts by section</source>
        <translation>Бөлімдер бойынша мәтіндер</translation>
    </message>
    <message>
        <source>Case highlights</source>
        <translation>Істер туралы әңгімелер</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF-ке экспорттау…</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>DOCX-ке экспорттау…</translation>
    </message>
    <message>
        <source>The draft “%1” is saved in the vault.</source>
        <translation>«%1» жобасы қоймада сақталды.</translation>
    </message>
    <message>
        <source>Save the changes to the draft “%1” in the vault?</source>
        <translation>«%1» жобасындағы өзгерістерді қоймада сақтау керек пе?</translation>
    </message>
    <message>
        <source>Unsaved changes to the draft</source>
        <translation>Жобадағы сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>Сақтамай шығу</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>%1 ішіне жазылды.</translation>
    </message>
</context>
<context>
    <name>PublicationPreview</name>
    <message>
        <source>Updating the preview…</source>
        <translation>Алдын ала қарау жаңартылуда…</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>Алдын ала қарау осында көрінеді.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>Алдын ала қарау: %n бет</numerusform>
            <numerusform>Алдын ала қарау: %n бет</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishButtons</name>
    <message>
        <source>The tables were written to %1.</source>
        <translation>Кестелер %1 қалтасына жазылды.</translation>
    </message>
    <message>
        <source>Writing the tables…</source>
        <translation>Кестелер жазылып жатыр…</translation>
    </message>
    <message>
        <source>Export tables…</source>
        <translation>Кестелерді экспорттау…</translation>
    </message>
    <message>
        <source>Write the figures of this period as CSV tables, small counts withheld</source>
        <translation>Осы кезеңнің көрсеткіштерін CSV кестелеріне жазу; шағын сандар жасырылады</translation>
    </message>
    <message>
        <source>Make bulletin…</source>
        <translation>Бюллетень дайындау…</translation>
    </message>
    <message>
        <source>Open the publication composer to write the bulletin</source>
        <translation>Бюллетеньді дайындау үшін «Жарияланым» терезесін ашу</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record: %1</source>
        <translation>Жазба: %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Add perpetrator</source>
        <translation>Қысым жасаушыны қосу</translation>
    </message>
    <message>
        <source>Add victim</source>
        <translation>Қауіп төнген адамды қосу</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ақпарат көзін қосу</translation>
    </message>
    <message>
        <source>— choose a region —</source>
        <translation>— өңірді таңдаңыз —</translation>
    </message>
    <message>
        <source>— choose a type —</source>
        <translation>— түрін таңдаңыз —</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>Block: %1</source>
        <translation>Блок: %1</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Жазбаны өңдеу</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Тақырып *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Күні *</translation>
    </message>
    <message>
        <source>Continuing until</source>
        <translation>Қашанға дейін жалғасты</translation>
    </message>
    <message>
        <source>Region *</source>
        <translation>Өңір *</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Type of threat *</source>
        <translation>Қауіп түрі *</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Заң баптары</translation>
    </message>
    <message>
        <source>Sectors *</source>
        <translation>Салалар *</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Қысым жасаушылар</translation>
    </message>
    <message>
        <source>Persons threatened</source>
        <translation>Қауіп төнген адамдар</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Positive outcome</source>
        <translation>Оң нәтиже</translation>
    </message>
    <message>
        <source>Sources of information</source>
        <translation>Ақпарат көздері</translation>
    </message>
    <message>
        <source>Date of the outcome</source>
        <translation>Нәтиже күні</translation>
    </message>
    <message>
        <source>When the positive outcome came; left empty, the date of the threat counts.</source>
        <translation>Оң нәтиже қашан болғаны; бос қалса, қауіптің күні есептеледі.</translation>
    </message>
    <message>
        <source>The matter this threat is a stage of: choose it from the list, or type part of its reference or title.</source>
        <translation>Бұл қауіп кезеңі болып табылатын іс: оны тізімнен таңдаңыз немесе нөмірінің не атауының бір бөлігін теріңіз.</translation>
    </message>
    <message>
        <source>In a case, a record that names no persons of its own takes the persons of the case.</source>
        <translation>Іске жататын жазбада өз адамдары көрсетілмесе, оған істің адамдары алынады.</translation>
    </message>
    <message numerus="yes">
        <source>%n sources already sealed for the office; sources added here are sealed too.</source>
        <translation>
            <numerusform>%n ақпарат көзі кеңсе үшін мөрленген; мұнда қосылғандары да мөрленеді.</numerusform>
            <numerusform>%n ақпарат көзі кеңсе үшін мөрленген; мұнда қосылғандары да мөрленеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>optional, for a continuing threat</source>
        <translation>міндетті емес, жалғасып жатқан қауіп үшін</translation>
    </message>
    <message>
        <source>Who told you. Sealed for the office&apos;s source key as you save: not even this computer can show them again.</source>
        <translation>Сізге кім хабарлады. Сақтаған кезде кеңсенің ақпарат көздері кілтімен мөрленеді: оларды тіпті осы компьютер де қайта көрсете алмайды.</translation>
    </message>
    <message>
        <source>Sealed for the office as you save: afterwards only the office can read them.</source>
        <translation>Сақтаған кезде кеңсе үшін мөрленеді: кейін оларды тек кеңсе оқи алады.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Type of threat</source>
        <translation>Қауіп түрі</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Салалар</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Select a record to see it here.</source>
        <translation>Мұнда көру үшін жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Type of threat</source>
        <translation>Қауіп түрі</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Заң баптары</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Салалар</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Қысым жасаушылар</translation>
    </message>
    <message>
        <source>Persons threatened</source>
        <translation>Қауіп төнген адамдар</translation>
    </message>
    <message>
        <source>Positive outcome</source>
        <translation>Оң нәтиже</translation>
    </message>
    <message>
        <source>Sources of information</source>
        <translation>Ақпарат көздері</translation>
    </message>
    <message>
        <source>A case not in this vault yet</source>
        <translation>Бұл қоймада әлі жоқ іс</translation>
    </message>
    <message>
        <source>%1 (cleared from this computer)</source>
        <translation>%1 (бұл компьютерден өшірілген)</translation>
    </message>
    <message>
        <source>From the case:</source>
        <translation>Іс бойынша:</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (күні: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n, sealed for the office</source>
        <translation>
            <numerusform>%n, кеңсе үшін мөрленген</numerusform>
            <numerusform>%n, кеңсе үшін мөрленген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Areas to hide: %1</source>
        <translation>Жасырылатын аймақтар: %1</translation>
    </message>
    <message>
        <source>Nothing marked yet: the whole image will be stored.</source>
        <translation>Әзірге ештеңе белгіленбеген: сурет толығымен сақталады.</translation>
    </message>
    <message>
        <source>Hide parts of %1</source>
        <translation>%1: бөліктерін жасыру</translation>
    </message>
    <message>
        <source>Drag over faces, name tags or number plates to hide them. Only the result on the right is stored, without its metadata.</source>
        <translation>Беттерді, бейджиктерді немесе нөмір белгілерін жасыру үшін оларды тышқанмен қоршап сызыңыз. Тек оң жақтағы нәтиже ғана метадеректерсіз сақталады.</translation>
    </message>
    <message>
        <source>Photo: drag to mark an area</source>
        <translation>Фото: аймақты тышқанмен қоршап белгілеңіз</translation>
    </message>
    <message>
        <source>Result (what will be stored)</source>
        <translation>Нәтиже (не сақталады)</translation>
    </message>
    <message>
        <source>Hide new areas with:</source>
        <translation>Жаңа аймақтарды жасыру тәсілі:</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>бұлыңғырлау</translation>
    </message>
    <message>
        <source>Black box</source>
        <translation>қара төртбұрыш</translation>
    </message>
    <message>
        <source>Remove last</source>
        <translation>Соңғысын алып тастау</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Бәрін алып тастау</translation>
    </message>
    <message>
        <source>Also keep the unredacted original (encrypted)</source>
        <translation>Жасырылмаған түпнұсқаны да сақтау (шифрланған)</translation>
    </message>
    <message>
        <source>The original stays in this vault only and is never exported. Leave this off unless you need the unredacted picture as evidence.</source>
        <translation>Түпнұсқа тек осы қоймада қалады және ешқашан экспортталмайды. Жасырылмаған сурет дәлел ретінде қажет болмаса, мұны қоспаңыз.</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Тіркеу</translation>
    </message>
</context>
<context>
    <name>ReleaseCheckDialog</name>
    <message>
        <source>The downloaded file</source>
        <translation>Жүктелген файл</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>Файлды тексеру мүмкін болмады.</translation>
    </message>
    <message>
        <source>Do not install this file.</source>
        <translation>Бұл файлды орнатпаңыз.</translation>
    </message>
    <message>
        <source>Genuine: %1 is the file the office released, and you can install it. The list of checksums is signed by %2 with the key %3; if the office read its key out to you, it is this one.</source>
        <translation>Түпнұсқа: %1 — кеңсе шығарған файлдың дәл өзі, оны орнатуға болады. Бақылау сомаларының тізіміне %2 %3 кілтімен қол қойған; егер кеңсе кілтін сізге оқып берген болса, бұл сол кілт болуы керек.</translation>
    </message>
    <message>
        <source>Check a download</source>
        <translation>Жүктелген файлды тексеру</translation>
    </message>
    <message>
        <source>Before you install fieldapp from a download, check that the file is the one the office released and that nobody changed it on the way. Keep the files SHA256SUMS and SHA256SUMS.sig from the same place beside the downloaded file.</source>
        <translation>fieldapp-ты жүктелген файлдан орнатпас бұрын, файлдың кеңсе шығарған файл екенін және оны жолда ешкім өзгертпегенін тексеріңіз. Сол жерден жүктелген SHA256SUMS және SHA256SUMS.sig файлдарын жүктелген файлдың қасына қойыңыз.</translation>
    </message>
    <message>
        <source>Downloaded file:</source>
        <translation>Жүктелген файл:</translation>
    </message>
    <message>
        <source>List of checksums (SHA256SUMS):</source>
        <translation>Бақылау сомаларының тізімі (SHA256SUMS):</translation>
    </message>
    <message>
        <source>Signature (SHA256SUMS.sig):</source>
        <translation>Қолтаңба (SHA256SUMS.sig):</translation>
    </message>
    <message>
        <source>Release keys from the office (if they gave you a file):</source>
        <translation>Кеңседен алынған шығарылым кілттері (егер файл берілсе):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Optional: allowed_signers</source>
        <translation>Міндетті емес: allowed_signers</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
</context>
<context>
    <name>SafetySettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Осынша минут әрекетсіздіктен кейін құлыптау</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ешқашан</translation>
    </message>
    <message>
        <source>Also lock when another application comes to the front</source>
        <translation>Басқа қолданба алдыңғы жоспарға шыққанда да құлыптау</translation>
    </message>
    <message>
        <source>Delete the vault after this many wrong passphrases in a row</source>
        <translation>Қатарынан осынша рет қате құпия фраза енгізілсе, қойманы жою</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <source>The vault also locks when the system suspends the application. These settings are kept outside the vault, so that they work before it is unlocked; they hold no records.</source>
        <translation>Жүйе қолданбаны тоқтата тұрғанда да қойма құлыпталады. Бұл баптаулар қойманың құлпы ашылғанға дейін де жұмыс істеуі үшін қоймадан тыс сақталады; оларда жазбалар жоқ.</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>Introduction</source>
        <translation>Кіріспе</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Негізгі сандар</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Айлар бойынша</translation>
    </message>
    <message>
        <source>By year (annual report)</source>
        <translation>Жылдар бойынша (жылдық есеп)</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Салалар</translation>
    </message>
    <message>
        <source>Regions and cities</source>
        <translation>Өңірлер мен қалалар</translation>
    </message>
    <message>
        <source>Blocks and types of threat</source>
        <translation>Қауіп блоктары мен түрлері</translation>
    </message>
    <message>
        <source>Sources of threat</source>
        <translation>Қауіп көздері</translation>
    </message>
    <message>
        <source>Persons by gender and category</source>
        <translation>Адамдар жынысы мен санаты бойынша</translation>
    </message>
    <message>
        <source>Cases and recourses</source>
        <translation>Істер мен өтініштер</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Заң баптары</translation>
    </message>
    <message>
        <source>Case highlights</source>
        <translation>Істер туралы әңгімелер</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Әдістеме</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources of information</source>
        <translation>Ақпарат көздері</translation>
    </message>
    <message>
        <source>These sources are sealed for the office&apos;s source key. Opening them is recorded in the audit log.</source>
        <translation>Бұл ақпарат көздері кеңсенің ақпарат көздері кілтімен мөрленген. Оларды ашу аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>Source key file</source>
        <translation>Ақпарат көздері кілтінің файлы</translation>
    </message>
    <message>
        <source>Its passphrase</source>
        <translation>Оның құпия фразасы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Unseal</source>
        <translation>Мөрін ашу</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Stage of the case</source>
        <translation>Іс кезеңі</translation>
    </message>
    <message>
        <source>Edit record…</source>
        <translation>Жазбаны өңдеу…</translation>
    </message>
</context>
<context>
    <name>TableImportActions</name>
    <message>
        <source>Import spreadsheet…</source>
        <translation>Кестені импорттау…</translation>
    </message>
</context>
<context>
    <name>TableImportWizard</name>
    <message>
        <source>Import spreadsheet</source>
        <translation>Кестені импорттау</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file whose first row names the columns.</source>
        <translation>Бірінші жолында бағандар аталған .csv немесе .xlsx файлы.</translation>
    </message>
    <message>
        <source>Pick the spreadsheet</source>
        <translation>Кестені таңдаңыз</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Бағандарды сәйкестендіріңіз</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Жолдарды тексеру</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(импортталмайды)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Әр жолды тексерудеміз…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Рұқсат етілген мәндер</translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be imported; correct them in the spreadsheet and pick it again. Nothing is imported while a row fails.</source>
        <translation>%2 жолдың %1 импорттала алмайды; оларды кестеде түзетіп, қайта таңдаңыз. Бір жолда қате тұрғанда ештеңе импортталмайды.</translation>
    </message>
    <message>
        <source>All %1 rows can be imported.</source>
        <translation>Барлық %1 жолды импорттауға болады.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорттаудамыз…</translation>
    </message>
</context>
<context>
    <name>TermForm</name>
    <message>
        <source>New code</source>
        <translation>Жаңа код</translation>
    </message>
    <message>
        <source>Edit labels</source>
        <translation>Атауларды өзгерту</translation>
    </message>
    <message>
        <source>Code *</source>
        <translation>Код *</translation>
    </message>
    <message>
        <source>English label *</source>
        <translation>Ағылшынша атауы *</translation>
    </message>
    <message>
        <source>Russian label *</source>
        <translation>Орысша атауы *</translation>
    </message>
    <message>
        <source>Kazakh label *</source>
        <translation>Қазақша атауы *</translation>
    </message>
    <message>
        <source>Block *</source>
        <translation>Блок *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>lowercase Latin letters, digits and _</source>
        <translation>кіші латын әріптері, сандар және _</translation>
    </message>
    <message>
        <source>Stored in every record and bundle that uses it; it can never be changed or reused.</source>
        <translation>Оны қолданған әрбір жазба мен пакетте сақталады; оны ешқашан өзгертуге немесе қайта қолдануға болмайды.</translation>
    </message>
    <message>
        <source>— choose a block —</source>
        <translation>— блокты таңдаңыз —</translation>
    </message>
</context>
<context>
    <name>TermTableModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <source>active</source>
        <translation>қолданыста</translation>
    </message>
    <message>
        <source>Retired: records that have it keep it; new records cannot use it.</source>
        <translation>Қолданыстан шығарылған: оны бар жазбалар сақтайды; жаңа жазбалар оны таңдай алмайды.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Recourse: %1, %2</source>
        <translation>Оң нәтиже: %1, %2</translation>
    </message>
    <message>
        <source>Recourse: %1</source>
        <translation>Оң нәтиже: %1</translation>
    </message>
    <message>
        <source>Two versions of this stage are in conflict.</source>
        <translation>Бұл кезеңнің екі нұсқасы қайшылықта.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No stage is filed under this case yet.</source>
        <translation>Бұл іс бойынша әлі бірде-бір кезең тіркелмеген.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vault</source>
        <translation>Қойманың құлпын ашу</translation>
    </message>
    <message>
        <source>Enter the passphrase of the vault in %1.</source>
        <translation>%1 ішіндегі қойманың құпия фразасын енгізіңіз.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Қазір емес</translation>
    </message>
    <message>
        <source>This vault is erased at the first wrong passphrase.</source>
        <translation>Бір рет қате құпия фраза енгізілсе, бұл қойма жойылады.</translation>
    </message>
    <message numerus="yes">
        <source>This vault is erased after %n wrong passphrases in a row.</source>
        <translation>
            <numerusform>Қатарынан %n рет қате құпия фраза енгізілсе, бұл қойма жойылады.</numerusform>
            <numerusform>Қатарынан %n рет қате құпия фраза енгізілсе, бұл қойма жойылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>One try left: one more wrong passphrase erases this vault.</source>
        <translation>Бір әрекет қалды: тағы бір рет қате құпия фраза енгізілсе, бұл қойма жойылады.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left before this vault is erased.</source>
        <translation>
            <numerusform>Қойма жойылғанға дейін %n әрекет қалды.</numerusform>
            <numerusform>Қойма жойылғанға дейін %n әрекет қалды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VictimRow</name>
    <message>
        <source>Alias (never the real name)</source>
        <translation>Бүркеншік ат (шын аты емес)</translation>
    </message>
    <message>
        <source>— gender —</source>
        <translation>— жынысы —</translation>
    </message>
    <message>
        <source>— category —</source>
        <translation>— санаты —</translation>
    </message>
</context>
<context>
    <name>VocabularyActions</name>
    <message>
        <source>Vocabulary…</source>
        <translation>Анықтамалықтар…</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Vocabulary version %1.</source>
        <translation>Анықтамалықтар нұсқасы: %1.</translation>
    </message>
    <message>
        <source>The codes the records use. A new or relabelled code reaches the observers with your next roster or receipts. Codes are never deleted: a retired one stays in the records that have it.</source>
        <translation>Жазбалар қолданатын кодтар. Жаңа немесе атауы өзгерген код бақылаушыларға келесі тізіліміңізбен немесе түбіртектеріңізбен жетеді. Кодтар ешқашан жойылмайды: қолданыстан шығарылғаны оны бар жазбаларда қалады.</translation>
    </message>
    <message>
        <source>The office keeps the vocabulary; it arrives with the office&apos;s roster and receipts. Here it can only be read.</source>
        <translation>Анықтамалықтарды кеңсе жүргізеді; олар кеңсенің тізілімімен және түбіртектерімен келеді. Мұнда оларды тек оқуға болады.</translation>
    </message>
    <message>
        <source>Code added.</source>
        <translation>Код қосылды.</translation>
    </message>
    <message>
        <source>Labels saved.</source>
        <translation>Атаулар сақталды.</translation>
    </message>
    <message>
        <source>Retire «%1»? Records that have it keep it, and it still counts in the figures; new records and edits can no longer choose it. It cannot be brought back.</source>
        <translation>«%1» қолданыстан шығарылсын ба? Оны бар жазбалар сақтайды және ол көрсеткіштерде ескеріле береді; жаңа жазбалар мен түзетулерде оны енді таңдауға болмайды. Оны қайтаруға болмайды.</translation>
    </message>
    <message>
        <source>Retire «%1»</source>
        <translation>«%1» қолданыстан шығару</translation>
    </message>
    <message>
        <source>Retire it</source>
        <translation>Қолданыстан шығару</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>«%1» retired.</source>
        <translation>«%1» қолданыстан шығарылды.</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Анықтамалықтар</translation>
    </message>
    <message>
        <source>Add code…</source>
        <translation>Код қосу…</translation>
    </message>
    <message>
        <source>Edit labels…</source>
        <translation>Атауларды өзгерту…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Қолданыстан шығару</translation>
    </message>
</context>
</TS>
