package org.baocao.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** The JDK's file errors in the user's words and language; an unclassified one keeps the JDK's own text. */
public final class IoErrors {
    private IoErrors() {}

    public static Phrase describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String file = fs.getFile();
            if (e instanceof NoSuchFileException) return Message.IO_NOT_FOUND.with(file);
            if (e instanceof AccessDeniedException) return Message.IO_ACCESS_DENIED.with(file);
            if (e instanceof NotDirectoryException) return Message.IO_NOT_A_FOLDER.with(file);
            if (e instanceof FileAlreadyExistsException) return Message.IO_EXISTS.with(file);
            if (e instanceof DirectoryNotEmptyException) return Message.IO_FOLDER_NOT_EMPTY.with(file);
        }
        return Message.IO_OTHER.with(String.valueOf(e.getMessage()));
    }
}
