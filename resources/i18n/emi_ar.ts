<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <extracomment>The kiosk&apos;s built-in invitation (a trainer&apos;s own attract_text is shown as written).</extracomment>
        <translation type="unfinished">المس الشاشة للبدء</translation>
    </message>
</context>
<context>
    <name>ClassReport</name>
    <message>
        <source>Learners</source>
        <translation type="unfinished">المتعلمون</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished">الإكمال</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished">مكتمل</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished">ناجح</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished">غير مكتمل</translation>
    </message>
    <message numerus="yes">
        <source>{completed} of %n learner(s) completed the course.</source>
        <translation type="unfinished">
            <numerusform>أكمل {completed} من أصل %n متعلمين الدورة.</numerusform>
            <numerusform>أكمل {completed} من أصل متعلم واحد الدورة.</numerusform>
            <numerusform>أكمل {completed} من أصل متعلمَين اثنين الدورة.</numerusform>
            <numerusform>أكمل {completed} من أصل %n متعلمين الدورة.</numerusform>
            <numerusform>أكمل {completed} من أصل %n متعلمًا الدورة.</numerusform>
            <numerusform>أكمل {completed} من أصل %n متعلم الدورة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished">الدرجات</translation>
    </message>
    <message>
        <source>Learners per final score band.</source>
        <translation type="unfinished">المتعلمون حسب نطاق الدرجة النهائية.</translation>
    </message>
    <message>
        <source>Correct answers per quiz question</source>
        <translation type="unfinished">الإجابات الصحيحة لكل سؤال</translation>
    </message>
    <message>
        <source>% of learners who answered</source>
        <translation type="unfinished">% من المتعلمين الذين أجابوا</translation>
    </message>
    <message>
        <source>{question}: {correct} of {answered} correct</source>
        <translation type="unfinished">{question}: {correct} من {answered} صحيحة</translation>
    </message>
    <message>
        <source>Wrong options chosen</source>
        <translation type="unfinished">الخيارات الخاطئة المختارة</translation>
    </message>
    <message>
        <source>How often each wrong option was chosen.</source>
        <translation type="unfinished">عدد مرات اختيار كل خيار خاطئ.</translation>
    </message>
    <message>
        <source>GDPR use cases checked</source>
        <translation type="unfinished">حالات استخدام اللائحة العامة لحماية البيانات التي تم فحصها</translation>
    </message>
    <message>
        <source>Learners who checked each worked use case in step 2.</source>
        <translation type="unfinished">المتعلمون الذين فحصوا كل حالة استخدام في الخطوة 2.</translation>
    </message>
    <message>
        <source>Bias audit bands reached</source>
        <translation type="unfinished">نطاقات تدقيق التحيز التي تم بلوغها</translation>
    </message>
    <message>
        <source>Learners whose bias audit reached each band, best first.</source>
        <translation type="unfinished">المتعلمون الذين بلغ تدقيق التحيز لديهم كل نطاق، الأفضل أولًا.</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation type="unfinished">تقرير الفصل</translation>
    </message>
    <message>
        <source>No learners&apos; statements found in the chosen files.</source>
        <translation type="unfinished">لم يُعثر على بيانات متعلمين في الملفات المختارة.</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>Something went wrong in this part of the course. Your progress is saved; you can carry on. The details were written to the log for your trainer.</source>
        <translation type="unfinished">حدث خطأ في هذا الجزء من الدورة. تم حفظ تقدمك؛ يمكنك المتابعة. كُتبت التفاصيل في السجل لمدربك.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">اللغ&amp;ة</translation>
    </message>
</context>
<context>
    <name>SourceNotes</name>
    <message>
        <source>Illustrative: {why}</source>
        <translation type="unfinished">للتوضيح: {why}</translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation type="unfinished">المصدر: {sources}</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation type="unfinished">المصادر: {sources}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Deleting your data was interrupted last time and could not be finished; please delete these files yourself: {files}.</source>
        <extracomment>Show the course in another language now (View › Language); False if it cannot (then the choice applies at the next start). Set by the start-up (_Launch).</extracomment>
        <translation type="unfinished">انقطع حذف بياناتك في المرة السابقة ولم يكتمل؛ يرجى حذف هذه الملفات بنفسك: {files}.</translation>
    </message>
    <message>
        <source>Deleting your data was interrupted last time; it has now been finished.</source>
        <translation type="unfinished">انقطع حذف بياناتك في المرة السابقة؛ وقد اكتمل الآن.</translation>
    </message>
    <message>
        <source>Save a copy of your progress</source>
        <translation type="unfinished">حفظ نسخة من تقدمك</translation>
    </message>
    <message>
        <source>Progress (*.json)</source>
        <translation type="unfinished">التقدم (*.json)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished">حفظ نسخة</translation>
    </message>
    <message>
        <source>The copy could not be saved: {reason}.</source>
        <translation type="unfinished">تعذّر حفظ النسخة: {reason}.</translation>
    </message>
    <message>
        <source>A copy of your progress was saved as {path}.</source>
        <translation type="unfinished">حُفظت نسخة من تقدمك باسم {path}.</translation>
    </message>
    <message>
        <source>step {number}, {title}</source>
        <translation type="unfinished">الخطوة {number}، {title}</translation>
    </message>
    <message>
        <source>the course home</source>
        <translation type="unfinished">الصفحة الرئيسية للدورة</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished">الملخص</translation>
    </message>
    <message>
        <source>the introduction</source>
        <translation type="unfinished">المقدمة</translation>
    </message>
    <message>
        <source>The course cannot open because its content files have problems. Please give this list to your trainer:</source>
        <translation type="unfinished">لا يمكن فتح الدورة لأن ملفات محتواها بها مشكلات. يرجى إعطاء هذه القائمة لمدربك:</translation>
    </message>
    <message>
        <source>The course is already open in another window, which was brought to the front.</source>
        <translation type="unfinished">الدورة مفتوحة بالفعل في نافذة أخرى، وقد أُحضرت إلى المقدمة.</translation>
    </message>
    <message>
        <source>The course is already open in another window; please switch to that window (only one window can use a learner&apos;s progress).</source>
        <translation type="unfinished">الدورة مفتوحة بالفعل في نافذة أخرى؛ يرجى الانتقال إلى تلك النافذة (نافذة واحدة فقط يمكنها استخدام تقدم المتعلم).</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>Your appearance settings could not be read, so the defaults apply for now.</source>
        <translation type="unfinished">تعذّرت قراءة إعدادات المظهر، لذا تُطبَّق الإعدادات الافتراضية حاليًا.</translation>
    </message>
    <message>
        <source>Your appearance settings were damaged, so the defaults apply; the old file was kept as {name}.</source>
        <translation type="unfinished">كانت إعدادات المظهر تالفة، لذا تُطبَّق الإعدادات الافتراضية؛ وحُفظ الملف القديم باسم {name}.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged or unreadable, so the course starts fresh; the old file was kept as {name}.</source>
        <translation type="unfinished">كان تقدّمك المحفوظ تالفًا أو غير قابل للقراءة، لذا تبدأ الدورة من جديد؛ وحُفظ الملف القديم باسم {name}.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read, so the course starts fresh and nothing is saved, to keep the old file ({path}).</source>
        <translation type="unfinished">تعذّرت قراءة تقدّمك المحفوظ، لذا تبدأ الدورة من جديد ولن يُحفظ شيء، حفاظًا على الملف القديم ({path}).</translation>
    </message>
</context>
<context>
    <name>relaunch</name>
    <message>
        <source>The language could not be saved: {reason}.</source>
        <translation type="unfinished">تعذّر حفظ اللغة: {reason}.</translation>
    </message>
    <message>
        <source>The course stays in {language}.</source>
        <translation type="unfinished">تبقى الدورة باللغة {language}.</translation>
    </message>
    <message>
        <source>The course will be shown in {language} the next time it starts.</source>
        <translation type="unfinished">ستُعرض الدورة باللغة {language} عند تشغيلها في المرة القادمة.</translation>
    </message>
    <message>
        <source>The course is now shown in {language}.</source>
        <translation type="unfinished">تُعرض الدورة الآن باللغة {language}.</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>Step {number}: {title}</source>
        <translation type="unfinished">الخطوة {number}: {title}</translation>
    </message>
    <message>
        <source>Quiz {number}</source>
        <translation type="unfinished">الاختبار {number}</translation>
    </message>
    <message>
        <source>GDPR checker</source>
        <translation type="unfinished">مدقق اللائحة العامة لحماية البيانات</translation>
    </message>
    <message>
        <source>Bias audit</source>
        <translation type="unfinished">تدقيق التحيز</translation>
    </message>
    <message>
        <source>Please keep your name under {count} characters.</source>
        <translation type="unfinished">يُرجى أن يكون اسمك أقل من {count} حرفًا.</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation type="unfinished">يُرجى إدخال اسمك.</translation>
    </message>
    <message>
        <source>Your name cannot contain control characters or text-direction marks.</source>
        <translation type="unfinished">لا يمكن أن يحتوي اسمك على محارف تحكم أو علامات اتجاه النص.</translation>
    </message>
    <message>
        <source>Your name needs at least one letter.</source>
        <translation type="unfinished">يحتاج اسمك إلى حرف واحد على الأقل.</translation>
    </message>
    <message>
        <source>That does not look like an e-mail address (name@example.com). Leave it empty if you prefer.</source>
        <translation type="unfinished">لا يبدو هذا عنوان بريد إلكتروني (name@example.com). اتركه فارغًا إن شئت.</translation>
    </message>
</context>
</TS>
