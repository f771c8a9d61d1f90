import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_942d9303f911cae2588256d72c0a5b59fb150b60 {
    static final String base64Bytes = String.join("", "PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iLlRGLTgiPz4KPCEtLSBFeGNlcnB0IG9mIEZvcmVpZ24gUmVsYXRpb25zIG9mIHRoZSBVbml0ZTU1LTU3djIzcDEueG1sKS4gQSB3b3JrIG9mIHRoZSBVLlMuIEdvdmVybm1lbnQsIGluIHRoZSBwdWJsaWMgZG9tYWluLiAtLT4KPFRFSSB4bWxucz0iaHR0cDovL3d3dy50ZWktYy5vcmcvbnMvMS4wIiB4bWxuczpmcnVzPSJodHRwOi8vaGlzdG9yeS5zdGF0ZS5nb3YvZnJ1cy9ucy8xLjAiIHhtbDppZD0iZnJ1czE5NTUtNTd2MjNwMSI+CiAgICA8dGVpSGVhZGVyPgogICAgICAgIDxmaWxlRGVzYz4KICAgICAgICAgICAgPHRpdGxlU3RtdD4KICAgICAgICAgICAgICAgIDx0aXRsZSB0eXBlPSJjb21wbGV0ZSI+Rm9yZWlnbiBSZWxhdGlvbnMgb2YgdGhlIFVuaXRlZCBTdGF0ZXMsIDE5NTXigJMxOTU3LCBKYXBhbiwKICAgICAgICAgICAgICAgICAgICBWb2x1bWUgWFhJSUksIFBhcnQgMTwvdGl0bGU+CiAgICAgICAgICAgICAgICA8dGl0bGUgdHlwZT0ic2VyaWVzIj5Gb3JlaWduIFJlbGF0aW9ucyBvZiB0aGUgVW5pdGVkIFN0YXRlczwvdGl0bGU+CiAgICAgICAgICAgICAgICA8dGl0bGUgdHlwZT0idm9sdW1lIj5KYXBhbjwvdGl0bGU+CiAgICAgICAgICAgICAgICA8ZWRpdG9yIHJvbGU9ImdlbmVyYWwiPkpvaG4gUC4gR2xlbm5vbjwvZWRpdG9yPgogICAgICAgICAgICAgICAgPGVkaXRvciByb2xlPSJwcmltYXJ5Ij5EYXZpZCBXLiBNYWJvbjwvZWRpdG9yPgogICAgICAgICAgICA8L3RpdGxlU3RtdD4KICAgICAgICAgICAgPHB1YmxpY2F0aW9uU3RtdD4KICAgICAgICAgICAgICAgIDxwdWJsaXNoZXI+VW5pdGVkIFN0YXRlcyBHb3Zlcm5tZW50IFByaW50aW5nIE9mZmljZTwvcHVibGlzaGVyPgogICAgICAgICAgICAgICAgPHB1YlBsYWNlPldhc2hpbmd0b248L3B1YlBsYWNlPgogICAgICAgICAgICAgICAgPGRhdGUgdHlwZT0icHVibGljYXRpb24tZGF0ZSIgY2FsZW5kYXI9ImdyZWdvcmlhbiI+MTk5MTwvZGF0ZT4KICAgICAgID0icHVibGljYXRpb24tZGF0ZSIgY2FsZW5kYXI9ImdyZWdvcmlhbiAgICAgICAgIDxpZG5vIHR5cGU9ImZydXMiPmZydXMxOTU1LTU3djIzcDE8L2lkbm8+CiAgICAgICAgICAgIDwvcHVibGljYXRpb25TdG10PgogICAgICAgICAgICA8c291cmNlRGVzYz4KICAgICAgICAgICAgICAgIDxwPlJlbGVhc2VkIGluIDE5OTEgYXMgcHJpbnRlZCBib29rPC9wPgogICAgICAgICAgICA8L3NvdXJjZURlc2M+CiAgICAgICAgPC9maWxlRGVzYz4KICAgIDwvdGVpSGVhZGVyPgogICAgPHRleHQ+CiAgICAgICAgPGJvZHk+CiAgICAgICAgICAgIDxkaXYgdHlwZT0iY29tcGlsYXRpb24iPgogICAgICAgICAgICAgICAgPGRpdiB0eXBlPSJjaGFwdGVyIj4KICAgICAgICAgICAgICAgICAgICA8cGIgbj0iMzY4IiB4bWw6aWQ9InBnXzM2OCIgZmFjcz0iMDM5NiIvPgogICAgICAgICAoICAgICAgICAgIDxkaXYgdDxURUkgeG1sbnM9Imh0dHA6Ly93d3cudGVpLWMub3JnL25zLzAuMCI+PHRlaUhlYWRldGV4ZG9jdHlwZXQ+PGJvZHI+PGZpbGVEZXNjPjx0aXRsZVN0bXQ+PHlwZSJkPW9jdW1lbnQiIHh0aXRsZT5Wb2w8L3RpdGxlPjwvdGl0bGVTdG10PjwvZmlsbWw6aWQ9ZURlImQ=");

    public static void main(String[] args) throws Throwable {
        Crash_942d9303f911cae2588256d72c0a5b59fb150b60.class.getClassLoader().setDefaultAssertionStatus(true);
        try {
            Method fuzzerInitialize = org.compendium.fuzz.FuzzTargets.class.getMethod("fuzzerInitialize");
            fuzzerInitialize.invoke(null);
        } catch (NoSuchMethodException ignored) {
            try {
                Method fuzzerInitialize = org.compendium.fuzz.FuzzTargets.class.getMethod("fuzzerInitialize", String[].class);
                fuzzerInitialize.invoke(null, (Object) args);
            } catch (NoSuchMethodException ignored1) {
            } catch (IllegalAccessException | InvocationTargetException e) {
                e.printStackTrace();
                System.exit(1);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            e.printStackTrace();
            System.exit(1);
        }
        byte[] input = java.util.Base64.getDecoder().decode(base64Bytes);
        org.compendium.fuzz.FuzzTargets.fuzzerTestOneInput(input);
    }
}