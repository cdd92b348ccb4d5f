package dev.ixls.transcript;

/** Numbers as the router prints them; null for what is not one (or is too large to be real). */
final class Numbers {

    private Numbers() {
    }

    static Integer integer(String text) {
        if (text == null || text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(text);
    }

    static Long whole(String text) {
        if (text == null || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(text);
    }
}
