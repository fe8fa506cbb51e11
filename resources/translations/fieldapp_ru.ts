<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>SHA-256 of the file as captured: %1</source>
        <translation>SHA-256 файла в момент получения: %1</translation>
    </message>
    <message>
        <source>SHA-256 as stored: %1</source>
        <translation>SHA-256 сохранённой копии: %1</translation>
    </message>
    <message>
        <source>Redacted copy.</source>
        <translation>Копия со скрытыми областями.</translation>
    </message>
    <message>
        <source>Unredacted original of the copy above, encrypted, never exported.</source>
        <translation>Оригинал копии выше, без скрытия; зашифрован и никогда не экспортируется.</translation>
    </message>
    <message>
        <source>Metadata NOT removed: this file type is stored as it is.</source>
        <translation>Метаданные НЕ удалены: файлы этого типа хранятся как есть.</translation>
    </message>
    <message>
        <source>No metadata found; the image was re-encoded.</source>
        <translation>Метаданные не найдены; изображение перекодировано.</translation>
    </message>
    <message>
        <source>EXIF (camera, dates, settings)</source>
        <translation>EXIF (камера, даты, настройки)</translation>
    </message>
    <message>
        <source>GPS location</source>
        <translation>GPS-координаты</translation>
    </message>
    <message>
        <source>camera maker notes</source>
        <translation>заметки производителя камеры</translation>
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
        <translation>комментарий</translation>
    </message>
    <message>
        <source>text fields</source>
        <translation>текстовые поля</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Mark what to hide in %1.</source>
        <translation>Отметьте, что нужно скрыть в %1.</translation>
    </message>
    <message>
        <source>Hiding the marked areas, removing metadata and encrypting %1…</source>
        <translation>Скрытие отмеченных областей, удаление метаданных и шифрование %1…</translation>
    </message>
    <message>
        <source>Removing metadata and encrypting %1…</source>
        <translation>Удаление метаданных и шифрование %1…</translation>
    </message>
    <message>
        <source>Nothing was attached.</source>
        <translation>Ничего не прикреплено.</translation>
    </message>
    <message>
        <source>Attached %1. %2</source>
        <translation>Прикреплено: %1. %2</translation>
    </message>
    <message>
        <source>The marked areas are hidden in the stored image.</source>
        <translation>Отмеченные области скрыты в сохранённом изображении.</translation>
    </message>
    <message>
        <source>The unredacted original is kept, encrypted, in this vault only.</source>
        <translation>Оригинал без скрытия сохранён в зашифрованном виде только в этом хранилище.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Прикрепить доказательства…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>(deleted)</source>
        <translation>(удалена)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Continuing until</source>
        <translation>Продолжается до</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Type of threat</source>
        <translation>Вид угрозы</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Сферы</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Нарушители</translation>
    </message>
    <message>
        <source>Persons threatened</source>
        <translation>Лица под угрозой</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Positive outcome</source>
        <translation>Положительный результат</translation>
    </message>
    <message>
        <source> (shown now)</source>
        <translation> (показана сейчас)</translation>
    </message>
    <message>
        <source>Keep the version of %1</source>
        <translation>Оставить версию автора %1</translation>
    </message>
    <message>
        <source>Resolved; the choice is recorded as a new version.</source>
        <translation>Конфликт разрешён; выбор сохранён как новая версия.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>The same record was changed at the office and by an observer. Fields that differ are highlighted; keep one version, or edit the record to combine them.</source>
        <translation>Одна и та же запись была изменена в офисе и наблюдателем. Различающиеся поля выделены; оставьте одну версию или измените запись, чтобы объединить их.</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message numerus="yes">
        <source>Deleting this vault in %n second(s)…</source>
        <translation>
            <numerusform>Хранилище будет удалено через %n секунду…</numerusform>
            <numerusform>Хранилище будет удалено через %n секунды…</numerusform>
            <numerusform>Хранилище будет удалено через %n секунд…</numerusform>
        </translation>
    </message>
    <message>
        <source>Quick delete</source>
        <translation>Быстрое удаление</translation>
    </message>
    <message>
        <source>The key file and the database will be overwritten and removed. Nothing can bring them back.</source>
        <translation>Файл ключа и база данных будут перезаписаны и удалены. Вернуть их будет невозможно.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>Создайте хранилище</translation>
    </message>
    <message>
        <source>Everything you record is kept in an encrypted vault on this computer. Choose a passphrase you can remember: without it nobody, including you, can open the vault.</source>
        <translation>Всё, что вы записываете, хранится в зашифрованном хранилище на этом компьютере. Выберите парольную фразу, которую сможете запомнить: без неё никто, включая вас, не сможет открыть хранилище.</translation>
    </message>
    <message>
        <source>Regional observer</source>
        <translation>Региональный наблюдатель</translation>
    </message>
    <message>
        <source>Central office (coordinator)</source>
        <translation>Центральный офис (координатор)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>e.g. Pavlodar observer</source>
        <translation>например, наблюдатель из Павлодара</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>too short: at least %n characters</source>
        <translation>слишком короткая: минимум символов — %n</translation>
    </message>
    <message>
        <source>weak: add more words</source>
        <translation>слабая: добавьте ещё слова</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>good</source>
        <translation>хорошая</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>парольные фразы не совпадают</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; threats (distinct records) · &lt;b&gt;%2&lt;/b&gt; persons (distinct victims) · &lt;b&gt;%3&lt;/b&gt; resolved threats · &lt;b&gt;%4&lt;/b&gt; threat-months</source>
        <translation>Угроз (отдельных записей): &lt;b&gt;%1&lt;/b&gt; · лиц (отдельных пострадавших): &lt;b&gt;%2&lt;/b&gt; · решённых угроз: &lt;b&gt;%3&lt;/b&gt; · угрозо-месяцев: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>By month (threat-months)</source>
        <translation>По месяцам (угрозо-месяцы)</translation>
    </message>
    <message>
        <source>By year (threat-months)</source>
        <translation>По годам (угрозо-месяцы)</translation>
    </message>
    <message>
        <source>By sector (threat-sectors)</source>
        <translation>По сферам (угрозо-сферы)</translation>
    </message>
    <message>
        <source>By region (threats)</source>
        <translation>По регионам (угрозы)</translation>
    </message>
    <message>
        <source>By type of threat (threats)</source>
        <translation>По видам угроз (угрозы)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Все сферы</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Click a bar to open its records. Linked duplicates count once; deleted records are not counted.</source>
        <translation>Нажмите на столбец, чтобы открыть его записи. Связанные дубликаты считаются один раз; удалённые записи не учитываются.</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <source>No observer has new versions to confirm; no receipt was written.</source>
        <translation>Ни у одного наблюдателя нет новых версий для подтверждения; квитанции не записаны.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) written. Give each observer their own:</source>
        <translation>
            <numerusform>Записана %n квитанция. Передайте каждому наблюдателю его собственную:</numerusform>
            <numerusform>Записаны %n квитанции. Передайте каждому наблюдателю его собственную:</numerusform>
            <numerusform>Записано %n квитанций. Передайте каждому наблюдателю его собственную:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to purge: no record has been confirmed by the office yet.</source>
        <translation>Нечего очищать: офис ещё не подтвердил ни одной записи.</translation>
    </message>
    <message numerus="yes">
        <source>Purge %n record(s) the office confirmed holding? Their content, sources and evidence are removed from this computer; only their ids remain.</source>
        <translation>
            <numerusform>Очистить %n запись, получение которой подтвердил офис? Её содержание, источники и доказательства будут удалены с этого компьютера; останется только идентификатор.</numerusform>
            <numerusform>Очистить %n записи, получение которых подтвердил офис? Их содержание, источники и доказательства будут удалены с этого компьютера; останутся только идентификаторы.</numerusform>
            <numerusform>Очистить %n записей, получение которых подтвердил офис? Их содержание, источники и доказательства будут удалены с этого компьютера; останутся только идентификаторы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) purged.</source>
        <translation>
            <numerusform>Очищена %n запись.</numerusform>
            <numerusform>Очищены %n записи.</numerusform>
            <numerusform>Очищено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write receipts…</source>
        <translation>Записать квитанции…</translation>
    </message>
    <message>
        <source>Purge delivered records…</source>
        <translation>Очистить доставленные записи…</translation>
    </message>
    <message>
        <source>Purge automatically on receipt</source>
        <translation>Очищать автоматически при получении квитанции</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Reports from different observers with close dates, the same region and type, and shared persons or similar text. Linked records count once in every statistic.</source>
        <translation>Сообщения разных наблюдателей с близкими датами, тем же регионом и типом и общими людьми или похожим текстом. Связанные записи учитываются в любой статистике один раз.</translation>
    </message>
    <message>
        <source>Link as one incident</source>
        <translation>Связать как один инцидент</translation>
    </message>
    <message>
        <source>Not the same: dismiss</source>
        <translation>Не одно и то же: отклонить</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>Titles</source>
        <translation>Заголовки</translation>
    </message>
    <message>
        <source>Where and what</source>
        <translation>Где и что</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>%n день между ними</numerusform>
            <numerusform>%n дня между ними</numerusform>
            <numerusform>%n дней между ними</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared person(s)</source>
        <translation>
            <numerusform>%n общий человек</numerusform>
            <numerusform>%n общих человека</numerusform>
            <numerusform>%n общих человек</numerusform>
        </translation>
    </message>
    <message>
        <source>text %1% alike</source>
        <translation>текст совпадает на %1%</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol from an identity card</source>
        <translation>Регистрация по карточке идентификации</translation>
    </message>
    <message>
        <source>Ask the card&apos;s owner, in person or by phone, to read out their safety code, and type it below. Enrol only if it matches: a card can be swapped on the way.</source>
        <translation>Попросите владельца карточки лично или по телефону продиктовать свой код безопасности и введите его ниже. Регистрируйте, только если код совпадает: карточку могут подменить по дороге.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Код безопасности</translation>
    </message>
    <message>
        <source>Code as read out</source>
        <translation>Продиктованный код</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Центральный офис</translation>
    </message>
    <message>
        <source>Regional observer</source>
        <translation>Региональный наблюдатель</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Зарегистрировать</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <source>The vault key file was modified or damaged; restore it from your backup.</source>
        <translation>Файл ключа хранилища изменён или повреждён; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The vault key file asks for weakened key-derivation settings and was refused.</source>
        <translation>Файл ключа хранилища требует ослабленных параметров формирования ключа и поэтому отклонён.</translation>
    </message>
    <message>
        <source>The passphrase is too short.</source>
        <translation>Парольная фраза слишком короткая.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>To %1: %2 change(s) to %3 record(s) and %4 attachment(s). The bundle is signed and encrypted; only the office can open it, and its name and size say nothing about you.</source>
        <translation>Получатель: %1. Изменений: %2 (записей: %3), вложений: %4. Пакет подписан и зашифрован; открыть его может только офис, а его имя и размер ничего о вас не говорят.</translation>
    </message>
    <message>
        <source>Signing and encrypting…</source>
        <translation>Подписание и шифрование…</translation>
    </message>
    <message>
        <source>Nothing new to export; no bundle was written.</source>
        <translation>Новых данных для экспорта нет; пакет не записан.</translation>
    </message>
    <message>
        <source>Written: %1 (%2 change(s), %3 attachment(s)). Take it to the office; you may delete it once they have it.</source>
        <translation>Записано: %1 (изменений: %2, вложений: %3). Передайте пакет в офис; когда его получат, файл можно удалить.</translation>
    </message>
    <message>
        <source>Export for the office</source>
        <translation>Экспорт для офиса</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>Where to write the bundle, e.g. a USB stick</source>
        <translation>Куда записать пакет, например на USB-флешку</translation>
    </message>
    <message>
        <source>Export everything again, not only what is new</source>
        <translation>Экспортировать всё заново, а не только новое</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
</context>
<context>
    <name>FieldApp</name>
    <message>
        <source>Demo vault passphrase: %1</source>
        <translation>Парольная фраза демо-хранилища: %1</translation>
    </message>
    <message>
        <source>Creating the demo vault…</source>
        <translation>Создание демо-хранилища…</translation>
    </message>
    <message>
        <source>The vault could not be deleted completely: %1</source>
        <translation>Не удалось полностью удалить хранилище: %1</translation>
    </message>
    <message numerus="yes">
        <source>The vault was deleted after %n wrong passphrase(s) in a row, as its settings asked. You can create a new vault.</source>
        <translation>
            <numerusform>Хранилище удалено после %n неверной парольной фразы подряд, как требовали его настройки. Можно создать новое хранилище.</numerusform>
            <numerusform>Хранилище удалено после %n неверных парольных фраз подряд, как требовали его настройки. Можно создать новое хранилище.</numerusform>
            <numerusform>Хранилище удалено после %n неверных парольных фраз подряд, как требовали его настройки. Можно создать новое хранилище.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Все сферы</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>Все блоки</translation>
    </message>
    <message>
        <source>Search titles, places, descriptions, names…</source>
        <translation>Поиск по заголовкам, местам, описаниям, именам…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM</source>
        <translation>ГГГГ-ММ-ДД или ГГГГ-ММ</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <source>Each bundle is decrypted, its signature checked against the enrolled observers, and merged in one step; a bundle that fails any check changes nothing.</source>
        <translation>Каждый пакет расшифровывается, его подпись сверяется с зарегистрированными наблюдателями, и он объединяется за один шаг; пакет, не прошедший хотя бы одну проверку, ничего не меняет.</translation>
    </message>
    <message>
        <source>Add bundles…</source>
        <translation>Добавить пакеты…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
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
        <translation>Результат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>уже импортирован</translation>
    </message>
    <message>
        <source>size</source>
        <translation>размера</translation>
    </message>
    <message>
        <source>decryption</source>
        <translation>расшифровки</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>архива</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подписи</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>манифеста</translation>
    </message>
    <message>
        <source>records</source>
        <translation>записей</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>вложений</translation>
    </message>
    <message>
        <source>%1 check failed: %2</source>
        <translation>Не пройдена проверка %1: %2</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Roster version %1 from %2.</source>
        <translation>Реестр версии %1, отправитель: %2.</translation>
    </message>
    <message>
        <source>From %1, bundle %2: %3 new, %4 updated, %5 unchanged, %6 in conflict.</source>
        <translation>Отправитель: %1, пакет %2: новых — %3, обновлено — %4, без изменений — %5, в конфликте — %6.</translation>
    </message>
    <message>
        <source>Bundles not yet received: %1.</source>
        <translation>Ещё не получены пакеты: %1.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Record saved.</source>
        <translation>Запись сохранена.</translation>
    </message>
    <message>
        <source>Record deleted.</source>
        <translation>Запись удалена.</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1</source>
        <translation>Журнал аудита был изменён: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each chained to the one before.</source>
        <translation>
            <numerusform>Журнал аудита не нарушен: %n запись, каждая связана с предыдущей.</numerusform>
            <numerusform>Журнал аудита не нарушен: %n записи, каждая связана с предыдущей.</numerusform>
            <numerusform>Журнал аудита не нарушен: %n записей, каждая связана с предыдущей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard…</source>
        <translation>Сводка…</translation>
    </message>
    <message>
        <source>Possible duplicates…</source>
        <translation>Возможные дубликаты…</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>Check audit log</source>
        <translation>Проверить журнал аудита</translation>
    </message>
    <message>
        <source>Export for the office…</source>
        <translation>Экспорт для офиса…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Импорт пакетов…</translation>
    </message>
    <message>
        <source>Peers…</source>
        <translation>Участники…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Конфликты…</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Заблокировать хранилище сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation>Быстрое удаление…</translation>
    </message>
    <message>
        <source>Overwrite and delete this vault after a short countdown (Ctrl+Shift+Delete)</source>
        <translation>Перезаписать и удалить это хранилище после короткого обратного отсчёта (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Центральный офис</translation>
    </message>
    <message>
        <source>Regional observer</source>
        <translation>Региональный наблюдатель</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>отозван %1</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>зарегистрирован</translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message>
        <source>%1 is enrolled.</source>
        <translation>%1: регистрация выполнена.</translation>
    </message>
    <message>
        <source>Revoke %1? Their bundles will be refused from now on.</source>
        <translation>Отозвать регистрацию %1? Отныне пакеты этого участника будут отклоняться.</translation>
    </message>
    <message>
        <source>%1 is revoked.</source>
        <translation>%1: регистрация отозвана.</translation>
    </message>
    <message>
        <source>Card saved to %1.</source>
        <translation>Карточка сохранена: %1.</translation>
    </message>
    <message>
        <source>Peers and enrolment</source>
        <translation>Участники и регистрация</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Это хранилище</translation>
    </message>
    <message>
        <source>%1. Fingerprint: %2. Safety code: %3. Read the safety code out to the person who enrols you.</source>
        <translation>%1. Отпечаток ключа: %2. Код безопасности: %3. Продиктуйте код безопасности тому, кто будет вас регистрировать.</translation>
    </message>
    <message>
        <source>Save my identity card…</source>
        <translation>Сохранить мою карточку идентификации…</translation>
    </message>
    <message>
        <source>Enrol from a card…</source>
        <translation>Зарегистрировать по карточке…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Отозвать…</translation>
    </message>
</context>
<context>
    <name>PerpetratorRow</name>
    <message>
        <source>Name (optional)</source>
        <translation>Имя (необязательно)</translation>
    </message>
    <message>
        <source>— kind —</source>
        <translation>— вид —</translation>
    </message>
    <message>
        <source>— state body —</source>
        <translation>— госорган —</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Attach evidence</source>
        <translation>Прикрепить доказательства</translation>
    </message>
    <message>
        <source>Where to write the bundle</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation>Пакеты для импорта</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Карточка идентификации</translation>
    </message>
    <message>
        <source>Source key</source>
        <translation>Ключ источников</translation>
    </message>
    <message>
        <source>Save identity card</source>
        <translation>Сохранить карточку идентификации</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <source>Delete the record “%1”? It leaves lists and search; its history stays in the vault.</source>
        <translation>Удалить запись «%1»? Она исчезнет из списков и поиска; её история останется в хранилище.</translation>
    </message>
    <message>
        <source>fieldapp</source>
        <translation>fieldapp</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Add perpetrator</source>
        <translation>Добавить нарушителя</translation>
    </message>
    <message>
        <source>Add victim</source>
        <translation>Добавить лицо под угрозой</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <source>Sources can be saved only once your office is enrolled: they are sealed for the office as you save.</source>
        <translation>Источники можно сохранить только после регистрации вашего офиса: при сохранении они запечатываются для офиса.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, or YYYY-MM if the day is unknown.</source>
        <translation>Укажите дату в формате ГГГГ-ММ-ДД или ГГГГ-ММ, если день неизвестен.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Текст слишком длинный.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Выберите значение из списка.</translation>
    </message>
    <message>
        <source>An entry is empty; fill it in or remove it.</source>
        <translation>Одна из строк пуста; заполните или удалите её.</translation>
    </message>
    <message>
        <source>— choose a region —</source>
        <translation>— выберите регион —</translation>
    </message>
    <message>
        <source>— choose a type —</source>
        <translation>— выберите вид —</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Block: %1</source>
        <translation>Блок: %1</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Изменить запись</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Заголовок *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Дата *</translation>
    </message>
    <message>
        <source>Continuing until</source>
        <translation>Продолжается до</translation>
    </message>
    <message>
        <source>Region *</source>
        <translation>Регион *</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Type of threat *</source>
        <translation>Вид угрозы *</translation>
    </message>
    <message>
        <source>Sectors *</source>
        <translation>Сферы *</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Нарушители</translation>
    </message>
    <message>
        <source>Persons threatened</source>
        <translation>Лица под угрозой</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Positive outcome</source>
        <translation>Положительный результат</translation>
    </message>
    <message>
        <source>Sources of information</source>
        <translation>Источники информации</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM</source>
        <translation>ГГГГ-ММ-ДД или ГГГГ-ММ</translation>
    </message>
    <message>
        <source>optional, for a continuing threat</source>
        <translation>необязательно, для продолжающейся угрозы</translation>
    </message>
    <message>
        <source>Who told you. Sealed for the office&apos;s source key as you save: not even this computer can show them again.</source>
        <translation>Кто вам сообщил. При сохранении запечатывается ключом источников офиса: даже этот компьютер больше не сможет их показать.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) already sealed for the office; sources added here are sealed too.</source>
        <translation>
            <numerusform>%n источник уже запечатан для офиса; добавленные здесь источники тоже запечатываются.</numerusform>
            <numerusform>%n источника уже запечатаны для офиса; добавленные здесь источники тоже запечатываются.</numerusform>
            <numerusform>%n источников уже запечатаны для офиса; добавленные здесь источники тоже запечатываются.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sealed for the office as you save: afterwards only the office can read them.</source>
        <translation>Запечатываются для офиса при сохранении: после этого прочитать их сможет только офис.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Type of threat</source>
        <translation>Вид угрозы</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Сферы</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Select a record to see it here.</source>
        <translation>Выберите запись, чтобы увидеть её здесь.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Type of threat</source>
        <translation>Вид угрозы</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Сферы</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Нарушители</translation>
    </message>
    <message>
        <source>Persons threatened</source>
        <translation>Лица под угрозой</translation>
    </message>
    <message>
        <source>Positive outcome</source>
        <translation>Положительный результат</translation>
    </message>
    <message>
        <source>Sources of information</source>
        <translation>Источники информации</translation>
    </message>
    <message numerus="yes">
        <source>%n, sealed for the office</source>
        <translation>
            <numerusform>%n, запечатан для офиса</numerusform>
            <numerusform>%n, запечатаны для офиса</numerusform>
            <numerusform>%n, запечатаны для офиса</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Areas to hide: %1</source>
        <translation>Скрываемых областей: %1</translation>
    </message>
    <message>
        <source>Nothing marked yet: the whole image will be stored.</source>
        <translation>Пока ничего не отмечено: изображение будет сохранено целиком.</translation>
    </message>
    <message>
        <source>Hide parts of %1</source>
        <translation>Скрыть фрагменты: %1</translation>
    </message>
    <message>
        <source>Drag over faces, name tags or number plates to hide them. Only the result on the right is stored, without its metadata.</source>
        <translation>Обведите мышью лица, бейджи или номерные знаки, чтобы скрыть их. Сохраняется только результат справа, без метаданных.</translation>
    </message>
    <message>
        <source>Photo: drag to mark an area</source>
        <translation>Фото: обведите мышью область</translation>
    </message>
    <message>
        <source>Result (what will be stored)</source>
        <translation>Результат (что будет сохранено)</translation>
    </message>
    <message>
        <source>Hide new areas with:</source>
        <translation>Новые области скрывать:</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>размытием</translation>
    </message>
    <message>
        <source>Black box</source>
        <translation>чёрной заливкой</translation>
    </message>
    <message>
        <source>Remove last</source>
        <translation>Убрать последнюю</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Убрать все</translation>
    </message>
    <message>
        <source>Also keep the unredacted original (encrypted)</source>
        <translation>Сохранить также оригинал без скрытия (зашифрованным)</translation>
    </message>
    <message>
        <source>The original stays in this vault only and is never exported. Leave this off unless you need the unredacted picture as evidence.</source>
        <translation>Оригинал остаётся только в этом хранилище и никогда не экспортируется. Не включайте, если оригинал не нужен как доказательство.</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Прикрепить</translation>
    </message>
</context>
<context>
    <name>SafetySettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Блокировать после стольких минут бездействия</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Also lock when another application comes to the front</source>
        <translation>Блокировать также при переходе в другое приложение</translation>
    </message>
    <message>
        <source>Delete the vault after this many wrong passphrases in a row</source>
        <translation>Удалять хранилище после стольких неверных парольных фраз подряд</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>The vault also locks when the system suspends the application. These settings are kept outside the vault, so that they work before it is unlocked; they hold no records.</source>
        <translation>Хранилище блокируется и тогда, когда система приостанавливает приложение. Эти настройки хранятся вне хранилища, чтобы действовать до его разблокировки; записей в них нет.</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources of information</source>
        <translation>Источники информации</translation>
    </message>
    <message>
        <source>These sources are sealed for the office&apos;s source key. Opening them is recorded in the audit log.</source>
        <translation>Эти источники запечатаны ключом источников офиса. Их вскрытие записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Source key file</source>
        <translation>Файл ключа источников</translation>
    </message>
    <message>
        <source>Its passphrase</source>
        <translation>Его парольная фраза</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Unseal</source>
        <translation>Вскрыть</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vault</source>
        <translation>Разблокировать хранилище</translation>
    </message>
    <message>
        <source>Enter the passphrase of the vault in %1.</source>
        <translation>Введите парольную фразу хранилища в %1.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
</context>
<context>
    <name>VictimRow</name>
    <message>
        <source>Alias (never the real name)</source>
        <translation>Псевдоним (не настоящее имя)</translation>
    </message>
    <message>
        <source>— gender —</source>
        <translation>— пол —</translation>
    </message>
    <message>
        <source>— category —</source>
        <translation>— категория —</translation>
    </message>
</context>
</TS>
