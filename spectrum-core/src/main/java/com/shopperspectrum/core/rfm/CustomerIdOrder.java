package com.shopperspectrum.core.rfm;

import java.util.Comparator;

/** Orders customer ids numerically when both are whole numbers, else as text (numbers first). */
public enum CustomerIdOrder implements Comparator<String> {
    INSTANCE;

    @Override
    public int compare(String a, String b) {
        boolean na = isDigits(a);
        boolean nb = isDigits(b);
        if (na && nb) {
            int byLength = Integer.compare(stripZeros(a).length(), stripZeros(b).length());
            return byLength != 0 ? byLength : stripZeros(a).compareTo(stripZeros(b));
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }
}
